package com.boxoffice.seating.control;

import java.time.Instant;
import java.util.List;

/**
 * The answer to taking seats for a new hold on the database path: granted until {@code expiresAt} (the end
 * of the hold it replaced, if any); refused because of these seats; or over the fair-use limit.
 */
record SeatGrant(List<String> unavailable, boolean overLimit, Instant expiresAt) {

    static final SeatGrant OVER_LIMIT = new SeatGrant(List.of(), true, null);

    static SeatGrant granted(Instant expiresAt) {
        return new SeatGrant(List.of(), false, expiresAt);
    }

    static SeatGrant refused(List<String> seatIds) {
        return new SeatGrant(List.copyOf(seatIds), false, null);
    }

    boolean granted() {
        return unavailable.isEmpty() && !overLimit;
    }
}
