package com.boxoffice.seating.control;

import java.util.List;

/**
 * The answer to replacing a hold's seats: done; refused because of these seats; refused because the hold
 * can no longer change (it ended, or an order was made from it a moment ago); or over the fair-use limit.
 */
record SeatChange(boolean holdChangeable, List<String> unavailable, boolean overLimit) {

    static final SeatChange DONE = new SeatChange(true, List.of(), false);
    static final SeatChange HOLD_UNCHANGEABLE = new SeatChange(false, List.of(), false);
    static final SeatChange OVER_LIMIT = new SeatChange(true, List.of(), true);

    static SeatChange refused(List<String> seatIds) {
        return new SeatChange(true, List.copyOf(seatIds), false);
    }

    boolean done() {
        return holdChangeable && unavailable.isEmpty() && !overLimit;
    }
}
