package com.boxoffice.ordering.control;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The time stamps of orders: UTC, to the millisecond, so an answer and a later read of it agree. */
final class Now {

    private Now() {
    }

    static OffsetDateTime utc(Clock clock) {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
