package com.boxoffice.seating.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A row of the holds table. A hold whose time ran out reads EXPIRED even before the sweeper marks it;
 * {@code orderId} names the order being paid with it, if any.
 */
public record HoldRecord(UUID holdId, UUID showId, UUID userId, List<String> seatIds, HoldStatus storedStatus,
                         LockBackend backend, BigDecimal totalAmount, Instant expiresAt, UUID orderId) {

    public HoldStatus statusAt(Instant now) {
        return storedStatus == HoldStatus.ACTIVE && !expiresAt.isAfter(now) ? HoldStatus.EXPIRED : storedStatus;
    }

    public boolean activeAt(Instant now) {
        return statusAt(now) == HoldStatus.ACTIVE;
    }

    HoldRecord on(LockBackend lockedOn) {
        return new HoldRecord(holdId, showId, userId, seatIds, storedStatus, lockedOn, totalAmount, expiresAt, orderId);
    }

    HoldRecord endingAt(Instant end) {
        return new HoldRecord(holdId, showId, userId, seatIds, storedStatus, backend, totalAmount, end, orderId);
    }

    HoldRecord stored(HoldStatus status) {
        return new HoldRecord(holdId, showId, userId, seatIds, status, backend, totalAmount, expiresAt, orderId);
    }
}
