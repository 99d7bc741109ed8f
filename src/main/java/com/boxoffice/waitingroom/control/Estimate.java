package com.boxoffice.waitingroom.control;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long a customer will likely wait, from the pace at which the room really admits people (admissions of
 * the last minute), and when their client should ask again: soon near the front, rarely far back, so that a
 * line of 100,000 does not poll the service to death.
 */
public record Estimate(Long waitSeconds, Long pollAfterSeconds) {

    static final long MIN_POLL_SECONDS = 2;
    static final long MAX_POLL_SECONDS = 60;

    static Estimate of(RoomSettings room, Entry entry, boolean opened, WaitingLine.Counts counts, Instant now) {
        return switch (entry.status()) {
            case ADMITTED, EXPIRED -> new Estimate(0L, null);
            case WAITING -> opened && entry.position() != null ? inLine(room, entry.position(), counts, now)
                    : beforeOpening(room, now);
        };
    }

    private static Estimate inLine(RoomSettings room, long position, WaitingLine.Counts counts, Instant now) {
        double perMinute = admissionsPerMinute(room, counts, now);
        long wait = (long) Math.ceil(position * 60.0 / perMinute);
        return new Estimate(wait, clamp(wait / 10));
    }

    /** Everyone who joined early gets a random place at opening: ask again a little after it, not all at once. */
    private static Estimate beforeOpening(RoomSettings room, Instant now) {
        long untilOpening = Math.max(0, Duration.between(now, room.opensAt()).toSeconds());
        long spread = ThreadLocalRandom.current().nextLong(0, 4);
        return new Estimate(untilOpening, Math.min(MAX_POLL_SECONDS, Math.max(MIN_POLL_SECONDS, untilOpening / 2)) + spread);
    }

    /**
     * The pace of the last minute, once the room has been open that long; the configured pace before. When
     * nobody was let in for a minute (every pass taken), people get in as passes run out.
     */
    static double admissionsPerMinute(RoomSettings room, WaitingLine.Counts counts, Instant now) {
        boolean openAMinute = !now.isBefore(room.opensAt().plusSeconds(60));
        if (!openAMinute) {
            return room.admitPerMinute();
        }
        if (counts.admittedLastMinute() > 0) {
            return counts.admittedLastMinute();
        }
        return Math.min(room.admitPerMinute(), Math.max(1.0, room.maxShoppers() * 60.0 / room.passSeconds()));
    }

    private static long clamp(long seconds) {
        return Math.min(MAX_POLL_SECONDS, Math.max(MIN_POLL_SECONDS, seconds));
    }
}
