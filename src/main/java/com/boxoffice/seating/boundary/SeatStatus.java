package com.boxoffice.seating.boundary;

public enum SeatStatus {
    AVAILABLE, HELD, BOOKED
}
