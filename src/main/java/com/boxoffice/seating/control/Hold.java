package com.boxoffice.seating.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A hold of seats, as stored. A hold whose time ran out reads EXPIRED even before the sweeper marks it;
 * {@code orderId} names the order being paid with it, if any.
 */
public record Hold(UUID holdId, UUID showId, UUID userId, List<String> seatIds, HoldStatus storedStatus,
                   LockBackend backend, BigDecimal totalAmount, Instant expiresAt, UUID orderId) {

    public HoldStatus statusAt(Instant now) {
        return storedStatus == HoldStatus.ACTIVE && !expiresAt.isAfter(now) ? HoldStatus.EXPIRED : storedStatus;
    }

    public boolean activeAt(Instant now) {
        return statusAt(now) == HoldStatus.ACTIVE;
    }

    /** Released, by its owner: harmless once it ended, refused once it became an order. */
    boolean releasable() {
        if (storedStatus == HoldStatus.CONVERTED) {
            throw new HoldNotActive();
        }
        return storedStatus.canBecome(HoldStatus.RELEASED);
    }

    Hold on(LockBackend lockedOn) {
        return new Hold(holdId, showId, userId, seatIds, storedStatus, lockedOn, totalAmount, expiresAt, orderId);
    }

    Hold endingAt(Instant end) {
        return new Hold(holdId, showId, userId, seatIds, storedStatus, backend, totalAmount, end, orderId);
    }

    Hold stored(HoldStatus status) {
        return new Hold(holdId, showId, userId, seatIds, status, backend, totalAmount, expiresAt, orderId);
    }
}
