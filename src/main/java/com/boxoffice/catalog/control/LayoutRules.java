package com.boxoffice.catalog.control;

import com.boxoffice.catalog.entity.SeatCategory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an admin's layout into seats, collecting every problem under the field it concerns: exactly one
 * of rows or blocks, row labels A..AZ used once, seat numbers 1..100 once per row, known categories, and
 * between 1 and {@value #MAX_SEATS} seats.
 */
final class LayoutRules {

    static final int MAX_SEATS = 1000;

    private LayoutRules() {
    }

    static List<LayoutSeat> seats(TheatreRequest.Layout layout, String field, Map<String, Object> problems) {
        boolean hasRows = layout.rows() != null && !layout.rows().isEmpty();
        boolean hasBlocks = layout.blocks() != null && !layout.blocks().isEmpty();
        if (hasRows == hasBlocks) {
            problems.put(field, "give the layout as rows or as blocks, not both or neither");
            return List.of();
        }
        List<LayoutSeat> seats = hasRows ? fromRows(layout.rows(), field, problems) : fromBlocks(layout.blocks(), field, problems);
        Set<String> ids = new HashSet<>();
        for (LayoutSeat seat : seats) {
            if (!ids.add(seat.seatId())) {
                problems.putIfAbsent(field, "seat " + seat.seatId() + " appears twice");
            }
        }
        if (seats.size() > MAX_SEATS) {
            problems.put(field, "at most " + MAX_SEATS + " seats per screen");
        }
        return seats;
    }

    private static List<LayoutSeat> fromRows(List<TheatreRequest.Row> rows, String field, Map<String, Object> problems) {
        List<LayoutSeat> seats = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            TheatreRequest.Row row = rows.get(r);
            String rowField = field + ".rows[" + r + "]";
            int index = RowLabels.index(row.row());
            if (index < 0 || index >= LayoutBlock.MAX_ROWS) {
                problems.put(rowField + ".row", "must be a row label from A to AZ");
                continue;
            }
            for (int s = 0; s < row.seats().size(); s++) {
                TheatreRequest.Seat seat = row.seats().get(s);
                SeatCategory category = category(seat.category(), rowField + ".seats[" + s + "].category", problems);
                if (category != null) {
                    seats.add(LayoutSeat.of(index, seat.number(), category));
                }
            }
        }
        return seats;
    }

    private static List<LayoutSeat> fromBlocks(List<TheatreRequest.Block> blocks, String field,
                                               Map<String, Object> problems) {
        List<LayoutSeat> seats = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            TheatreRequest.Block block = blocks.get(b);
            String blockField = field + ".blocks[" + b + "]";
            SeatCategory category = category(block.category(), blockField + ".category", problems);
            if (category == null) {
                continue;
            }
            try {
                seats.addAll(new LayoutBlock(block.rows(), block.seats(), category).expand());
            } catch (IllegalArgumentException e) {
                problems.put(blockField, e.getMessage());
            }
        }
        return seats;
    }

    static SeatCategory category(String name, String field, Map<String, Object> problems) {
        try {
            return SeatCategory.valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.put(field, "must be one of " + Arrays.toString(SeatCategory.values()));
            return null;
        }
    }
}
