package com.boxoffice.seating.control;

/** A hold is ACTIVE until it ends, once, as RELEASED, EXPIRED or CONVERTED (into an order's sale). */
public enum HoldStatus {
    ACTIVE, RELEASED, EXPIRED, CONVERTED;

    public boolean canBecome(HoldStatus next) {
        return this == ACTIVE && next != ACTIVE;
    }

    /** @throws IllegalStateException for a move the life of a hold does not have */
    public HoldStatus to(HoldStatus next) {
        if (!canBecome(next)) {
            throw new IllegalStateException("a hold does not go from " + this + " to " + next);
        }
        return next;
    }
}
