package com.boxoffice.seating.control;

import java.util.List;

/**
 * The answer to replacing a hold's seats: done; refused because of these seats; or refused because the
 * hold can no longer change (it ended, or an order was made from it a moment ago).
 */
record SeatChange(boolean holdChangeable, List<String> unavailable) {

    static final SeatChange DONE = new SeatChange(true, List.of());
    static final SeatChange HOLD_UNCHANGEABLE = new SeatChange(false, List.of());

    static SeatChange refused(List<String> seatIds) {
        return new SeatChange(true, List.copyOf(seatIds));
    }

    boolean done() {
        return holdChangeable && unavailable.isEmpty();
    }
}
