package com.boxoffice.ordering.control;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CancellationPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-17T10:00:00Z");

    @Test
    void allowedOverTwoHoursAheadWhenTheTheatreAllowsIt() {
        assertNull(CancellationPolicy.refusal(true, NOW.plus(Duration.ofHours(2)).plusSeconds(1), false, NOW));
    }

    @Test
    void refusedAtTwoHoursOrLessStrictTheatresAndUsedTickets() {
        assertNotNull(CancellationPolicy.refusal(true, NOW.plus(Duration.ofHours(2)), false, NOW));
        assertNotNull(CancellationPolicy.refusal(true, NOW.minusSeconds(60), false, NOW));
        assertNotNull(CancellationPolicy.refusal(false, NOW.plus(Duration.ofDays(3)), false, NOW));
        assertNotNull(CancellationPolicy.refusal(true, NOW.plus(Duration.ofDays(3)), true, NOW));
    }
}
