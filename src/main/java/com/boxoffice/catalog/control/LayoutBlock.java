package com.boxoffice.catalog.control;

import com.boxoffice.catalog.entity.SeatCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A compact way to write a block of a seat layout: rows {@code "A-F"}, seat numbers {@code "1-5,7-11"}
 * (the missing 6 is the aisle) and the category of every seat in the block.
 */
public record LayoutBlock(String rows, String seats, SeatCategory category) {

    static final int MAX_ROWS = 52;
    static final int MAX_SEAT_NUMBER = 100;

    public List<LayoutSeat> expand() {
        if (category == null) {
            throw new IllegalArgumentException("a block needs a category");
        }
        int[] rowRange = rowRange();
        TreeSet<Integer> numbers = seatNumbers();
        List<LayoutSeat> result = new ArrayList<>();
        for (int row = rowRange[0]; row <= rowRange[1]; row++) {
            for (int number : numbers) {
                result.add(LayoutSeat.of(row, number, category));
            }
        }
        return result;
    }

    private int[] rowRange() {
        String[] ends = split(rows, "rows");
        int first = RowLabels.index(ends[0]);
        int last = RowLabels.index(ends[1]);
        if (first < 0 || last < first || last >= MAX_ROWS) {
            throw new IllegalArgumentException("rows must read like A-F, at most " + MAX_ROWS + " rows: " + rows);
        }
        return new int[] {first, last};
    }

    private TreeSet<Integer> seatNumbers() {
        if (seats == null || seats.isBlank()) {
            throw new IllegalArgumentException("seats must read like 1-5,7-11");
        }
        TreeSet<Integer> numbers = new TreeSet<>();
        for (String part : seats.split(",")) {
            String[] ends = split(part, "seats");
            int from = number(ends[0]);
            int to = number(ends[1]);
            if (to < from) {
                throw new IllegalArgumentException("seat range runs backwards: " + part.trim());
            }
            for (int n = from; n <= to; n++) {
                numbers.add(n);
            }
        }
        return numbers;
    }

    private static String[] split(String range, String what) {
        if (range == null || range.isBlank()) {
            throw new IllegalArgumentException(what + " missing");
        }
        String[] ends = range.trim().split("-", -1);
        if (ends.length == 1) {
            return new String[] {ends[0].trim(), ends[0].trim()};
        }
        if (ends.length != 2) {
            throw new IllegalArgumentException(what + " must be a single value or a range: " + range);
        }
        return new String[] {ends[0].trim(), ends[1].trim()};
    }

    private static int number(String text) {
        try {
            int n = Integer.parseInt(text);
            if (n < 1 || n > MAX_SEAT_NUMBER) {
                throw new IllegalArgumentException("seat numbers run from 1 to " + MAX_SEAT_NUMBER + ": " + text);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a seat number: " + text);
        }
    }
}
