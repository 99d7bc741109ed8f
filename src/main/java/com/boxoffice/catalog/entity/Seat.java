package com.boxoffice.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One physical seat of a screen; its number is its column, so aisles are numbers no seat has. */
@Embeddable
@Access(AccessType.FIELD)
public class Seat {

    @Column(name = "seat_id")
    private String seatId;

    @Column(name = "row_label")
    private String rowLabel;

    @Column(name = "row_index")
    private int rowIndex;

    @Column(name = "seat_number")
    private int number;

    @Enumerated(EnumType.STRING)
    private SeatCategory category;

    protected Seat() {
    }

    public Seat(String seatId, String rowLabel, int rowIndex, int number, SeatCategory category) {
        this.seatId = seatId;
        this.rowLabel = rowLabel;
        this.rowIndex = rowIndex;
        this.number = number;
        this.category = category;
    }

    public String seatId() {
        return seatId;
    }

    public String rowLabel() {
        return rowLabel;
    }

    public int rowIndex() {
        return rowIndex;
    }

    public int number() {
        return number;
    }

    public SeatCategory category() {
        return category;
    }
}
