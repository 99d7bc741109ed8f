package com.boxoffice.catalog.control;

import com.boxoffice.catalog.entity.SeatCategory;

/** A seat of a screen layout: "A7" is row A, column 7. */
public record LayoutSeat(String seatId, String row, int rowIndex, int number, SeatCategory category) {

    public static LayoutSeat of(int rowIndex, int number, SeatCategory category) {
        String row = RowLabels.label(rowIndex);
        return new LayoutSeat(row + number, row, rowIndex, number, category);
    }
}
