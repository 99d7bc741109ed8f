package com.boxoffice.seating.control;

import com.boxoffice.platform.PeriodicTasks;
import com.boxoffice.platform.database.SchemaReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Marks holds whose time ran out as EXPIRED and counts them. Seats are free the moment a hold's time
 * runs out (Redis keys expire, database checks compare times); this only tidies the record. Every instance
 * sweeps; the UPDATE decides which of them counts each expiry.
 */
@ApplicationScoped
public class HoldSweeper {

    @Inject
    HoldRecords records;

    @Inject
    HoldMetrics metrics;

    @Inject
    @ConfigProperty(name = "boxoffice.hold.sweep-seconds", defaultValue = "5")
    long everySeconds;

    @Inject
    PeriodicTasks periodic;

    void onSchemaReady(@Observes SchemaReady ready) {
        periodic.every(Duration.ofSeconds(everySeconds), "sweep expired holds", this::sweep);
    }

    void sweep() {
        int expired = records.expireDue();
        if (expired > 0) {
            metrics.expired(expired);
        }
    }
}
