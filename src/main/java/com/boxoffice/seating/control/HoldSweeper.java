package com.boxoffice.seating.control;

import com.boxoffice.platform.database.SchemaReady;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Marks holds whose time ran out as EXPIRED and counts them. Seats are free the moment a hold's time
 * runs out (Redis keys expire, database checks compare times); this only tidies the record. Every instance
 * sweeps; the UPDATE decides which of them counts each expiry.
 */
@ApplicationScoped
public class HoldSweeper {

    private static final Logger LOG = Logger.getLogger(HoldSweeper.class.getName());

    @Inject
    HoldRecords records;

    @Inject
    HoldMetrics metrics;

    @Inject
    @ConfigProperty(name = "boxoffice.hold.sweep-seconds", defaultValue = "5")
    long everySeconds;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> task;

    void onSchemaReady(@Observes SchemaReady ready) {
        task = scheduler.scheduleWithFixedDelay(this::sweep, everySeconds, everySeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void sweep() {
        try {
            int expired = records.expireDue();
            if (expired > 0) {
                metrics.expired(expired);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not sweep expired holds", e);
        }
    }
}
