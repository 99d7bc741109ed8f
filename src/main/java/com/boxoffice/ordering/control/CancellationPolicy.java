package com.boxoffice.ordering.control;

import java.time.Duration;
import java.time.Instant;

/** A confirmed order may be cancelled when its theatre allows it and the show starts over 2 hours later. */
public final class CancellationPolicy {

    static final Duration NOTICE = Duration.ofHours(2);

    private CancellationPolicy() {
    }

    /** @return why not, or null when it may be cancelled */
    public static String refusal(boolean theatreAllows, Instant showStart, boolean anyTicketUsed, Instant now) {
        if (!theatreAllows) {
            return "This theatre does not allow cancellations";
        }
        if (!showStart.isAfter(now.plus(NOTICE))) {
            return "Orders can be cancelled up to 2 hours before the show";
        }
        if (anyTicketUsed) {
            return "A ticket of this order was already used";
        }
        return null;
    }
}
