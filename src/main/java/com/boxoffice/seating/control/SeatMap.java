package com.boxoffice.seating.control;

import com.boxoffice.catalog.control.ShowSeating;

/** A show's screen with each seat's live status, as one caller sees it. */
public record SeatMap(ShowSeating show, ShowOccupancy occupancy) {

    public SeatStatus statusOf(String seatId) {
        return occupancy.sold().contains(seatId) ? SeatStatus.BOOKED
                : occupancy.held().contains(seatId) ? SeatStatus.HELD : SeatStatus.AVAILABLE;
    }

    public boolean heldByCaller(String seatId) {
        return occupancy.heldByCaller().contains(seatId) && statusOf(seatId) == SeatStatus.HELD;
    }
}
