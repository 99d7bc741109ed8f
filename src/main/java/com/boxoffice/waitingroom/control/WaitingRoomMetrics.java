package com.boxoffice.waitingroom.control;

import com.boxoffice.platform.database.SchemaReady;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/** Waiting-room figures on /metrics: who waits, who shops, how fast the line moves and how long it takes. */
@ApplicationScoped
public class WaitingRoomMetrics {

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    @Inject
    WaitingRooms rooms;

    @Inject
    WaitingLine line;

    private Counter admitted;
    private Timer timeInLine;

    @PostConstruct
    void register() {
        admitted = registry.counter(Metadata.builder().withName("waitingroom.admitted")
                .withDescription("Customers let in from a waiting room (rate() of it: admitted per minute)").build());
        timeInLine = registry.timer(Metadata.builder().withName("waitingroom.time-in-line")
                .withDescription("From joining a waiting room's line to being let in").withUnit(MetricUnits.SECONDS)
                .build());
    }

    void start(@Observes SchemaReady ready) {
        gauge("waitingroom.waiting", "Customers waiting in the lines of all waiting rooms", WaitingLine.Counts::waiting);
        gauge("waitingroom.shopping", "Live passes of all waiting rooms: customers let in and shopping",
                WaitingLine.Counts::shopping);
    }

    void admitted(WaitingLine.Admitted customer) {
        admitted.inc();
        timeInLine.update(Duration.between(customer.joinedAt(), customer.admittedAt()));
    }

    private void gauge(String name, String help, ToLongFunction<WaitingLine.Counts> figure) {
        registry.gauge(Metadata.builder().withName(name).withDescription(help).build(), this, metrics -> {
            long sum = 0;
            for (RoomSettings room : metrics.rooms.all()) {
                try {
                    sum += figure.applyAsLong(metrics.line.counts(room, Instant.now()));
                } catch (RuntimeException e) {
                    return -1; // Redis unreachable: not a count
                }
            }
            return sum;
        });
    }
}
