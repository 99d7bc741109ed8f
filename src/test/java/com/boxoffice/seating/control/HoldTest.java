package com.boxoffice.seating.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HoldTest {

    private static final Instant T0 = Instant.parse("2026-12-17T10:00:00Z");

    private static Hold hold(HoldStatus status) {
        return new Hold(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), List.of("A1", "A2"), status,
                LockBackend.REDIS, new BigDecimal("400.00"), T0.plusSeconds(300), null);
    }

    @Test
    void anActiveHoldEndsOnceAndOnlyAsReleasedExpiredOrConverted() {
        assertTrue(HoldStatus.ACTIVE.canBecome(HoldStatus.RELEASED));
        assertTrue(HoldStatus.ACTIVE.canBecome(HoldStatus.EXPIRED));
        assertTrue(HoldStatus.ACTIVE.canBecome(HoldStatus.CONVERTED));
        assertFalse(HoldStatus.ACTIVE.canBecome(HoldStatus.ACTIVE));
        assertThrows(IllegalStateException.class, () -> HoldStatus.ACTIVE.to(HoldStatus.ACTIVE));
    }

    @ParameterizedTest
    @EnumSource(value = HoldStatus.class, names = {"RELEASED", "EXPIRED", "CONVERTED"})
    void anEndedHoldNeverMovesAgain(HoldStatus ended) {
        for (HoldStatus next : HoldStatus.values()) {
            assertFalse(ended.canBecome(next), ended + " -> " + next);
            assertThrows(IllegalStateException.class, () -> ended.to(next));
        }
    }

    @Test
    void aHoldReadsExpiredTheMomentItsTimeRunsOut() {
        Hold hold = hold(HoldStatus.ACTIVE);
        assertEquals(HoldStatus.ACTIVE, hold.statusAt(T0.plusSeconds(299)));
        assertTrue(hold.activeAt(T0.plusSeconds(299)));
        assertEquals(HoldStatus.EXPIRED, hold.statusAt(T0.plusSeconds(300)));
        assertFalse(hold.activeAt(T0.plusSeconds(300)));
        assertEquals(HoldStatus.RELEASED, hold(HoldStatus.RELEASED).statusAt(T0), "an ended hold keeps how it ended");
    }

    @Test
    void releasingIsHarmlessOnceEndedAndRefusedOnceOrdered() {
        assertTrue(hold(HoldStatus.ACTIVE).releasable());
        assertFalse(hold(HoldStatus.RELEASED).releasable());
        assertFalse(hold(HoldStatus.EXPIRED).releasable());
        assertThrows(HoldNotActive.class, () -> hold(HoldStatus.CONVERTED).releasable());
    }
}
