package com.boxoffice.waitingroom.control;

import com.boxoffice.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;

/**
 * Seats of a movie behind a waiting room are held only by customers it has let in. Admins are never queued.
 * With Redis unreachable the gate stays shut (503, try again): it never lets everyone in.
 */
@ApplicationScoped
public class AdmissionGate {

    @Inject
    WaitingRooms rooms;

    @Inject
    WaitingLine line;

    @Inject
    Clock clock;

    public void requireAdmitted(Caller caller, UUID movieId) {
        RoomSettings room = rooms.of(movieId).orElse(null);
        if (room == null || caller.isAdmin()) {
            return;
        }
        if (!line.hasPass(room, UUID.fromString(caller.userId()), clock.instant())) {
            throw new AdmissionRequired(movieId);
        }
    }
}
