package com.boxoffice.waitingroom.control;

import com.boxoffice.platform.PeriodicTasks;
import com.boxoffice.platform.database.SchemaReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets the next customers of every open waiting room in, at the room's pace. Every instance does it a few
 * times a second; the admission script decides atomically in Redis, so the pace and the cap hold whatever
 * number of instances run, and the line keeps moving when one of them stops.
 */
@ApplicationScoped
public class Admissions {

    private static final Logger LOG = Logger.getLogger(Admissions.class.getName());

    @Inject
    WaitingRooms rooms;

    @Inject
    WaitingLine line;

    @Inject
    WaitingRoomMetrics metrics;

    @Inject
    @ConfigProperty(name = "boxoffice.waiting-room.tick-ms", defaultValue = "100")
    long tickMillis;

    @Inject
    PeriodicTasks periodic;

    void start(@Observes SchemaReady ready) {
        periodic.every(Duration.ofMillis(tickMillis), "admit from the waiting rooms", Level.FINE, this::admitDue);
    }

    void admitDue() {
        Instant now = Instant.now();
        for (RoomSettings room : rooms.all()) {
            if (!room.openAt(now)) {
                continue;
            }
            try {
                // credit for at most a few ticks: a late tick catches up, a stalled instance leaves it to others
                for (WaitingLine.Admitted admitted : line.admit(room, 4 * tickMillis)) {
                    metrics.admitted(admitted);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "No admissions this time for the waiting room of " + room.movieId(), e);
            }
        }
    }
}
