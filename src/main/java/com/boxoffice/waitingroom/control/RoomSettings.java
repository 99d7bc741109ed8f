package com.boxoffice.waitingroom.control;

import java.time.Instant;
import java.util.UUID;

/**
 * A movie's waiting room as an admin set it. {@code generation} names this room's line: a room switched off
 * and on again starts with an empty one.
 */
public record RoomSettings(UUID movieId, Instant opensAt, int admitPerMinute, int maxShoppers, int passSeconds,
                           UUID generation) {

    /** Milliseconds between two admissions: admitPerMinute spread evenly over the minute. */
    public double admissionIntervalMillis() {
        return 60_000.0 / admitPerMinute;
    }

    public boolean openAt(Instant now) {
        return !now.isBefore(opensAt);
    }
}
