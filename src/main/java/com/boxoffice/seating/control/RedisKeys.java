package com.boxoffice.seating.control;

import java.util.UUID;

/**
 * Every key of one show carries the show id as a hash tag ({@code {showId}}), so all of them live in one
 * Redis Cluster slot and one script may touch them together.
 */
final class RedisKeys {

    private RedisKeys() {
    }

    static String seatPrefix(UUID showId) {
        return "seat:{" + showId + "}:";
    }

    static String seat(UUID showId, String seatId) {
        return seatPrefix(showId) + seatId;
    }

    /** The sold seats of the show, plus the member "~" that says the set is complete. */
    static String sold(UUID showId) {
        return "sold:{" + showId + "}";
    }

    static String holdPrefix(UUID showId) {
        return "hold:{" + showId + "}:";
    }

    static String hold(UUID showId, UUID holdId) {
        return holdPrefix(showId) + holdId;
    }

    static String holder(UUID showId, UUID userId) {
        return "holder:{" + showId + "}:" + userId;
    }

    static final String COMPLETE = "~";
}
