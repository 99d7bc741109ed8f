package com.boxoffice.ordering.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * An order waits for payment, then is CONFIRMED, or ends EXPIRED (its hold ended first) or FAILED (the sale
 * was refused after the charge); a confirmed order may later be CANCELLED. No other move exists.
 */
public enum OrderStatus {
    PENDING_PAYMENT, CONFIRMED, EXPIRED, FAILED, CANCELLED;

    public boolean canBecome(OrderStatus next) {
        return switch (this) {
            case PENDING_PAYMENT -> PAYMENT_OUTCOMES.contains(next);
            case CONFIRMED -> next == CANCELLED;
            default -> false;
        };
    }

    /** @throws IllegalStateException for a move the life of an order does not have */
    OrderStatus to(OrderStatus next) {
        if (!canBecome(next)) {
            throw new IllegalStateException("an order does not go from " + this + " to " + next);
        }
        return next;
    }

    private static final Set<OrderStatus> PAYMENT_OUTCOMES = EnumSet.of(CONFIRMED, EXPIRED, FAILED);
}
