package com.boxoffice.seating.control;

public enum SeatStatus {
    AVAILABLE, HELD, BOOKED
}
