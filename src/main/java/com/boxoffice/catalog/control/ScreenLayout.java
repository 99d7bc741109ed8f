package com.boxoffice.catalog.control;

import com.boxoffice.catalog.entity.SeatCategory;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The seats of one screen in reading order (row by row, left to right); immutable once built. */
public record ScreenLayout(UUID screenId, List<LayoutSeat> seats, Map<String, LayoutSeat> byId) {

    private static final Comparator<LayoutSeat> READING_ORDER =
            Comparator.comparingInt(LayoutSeat::rowIndex).thenComparingInt(LayoutSeat::number);

    public static ScreenLayout of(UUID screenId, List<LayoutSeat> seats) {
        List<LayoutSeat> ordered = seats.stream().sorted(READING_ORDER).toList();
        Map<String, LayoutSeat> byId = new LinkedHashMap<>();
        for (LayoutSeat seat : ordered) {
            if (byId.put(seat.seatId(), seat) != null) {
                throw new IllegalArgumentException("seat " + seat.seatId() + " appears twice");
            }
        }
        return new ScreenLayout(screenId, ordered, Map.copyOf(byId));
    }

    public int capacity() {
        return seats.size();
    }

    public boolean contains(String seatId) {
        return byId.containsKey(seatId);
    }

    public LayoutSeat seat(String seatId) {
        return byId.get(seatId);
    }

    /** Rows in order, each with its seats left to right. */
    public Map<String, List<LayoutSeat>> rows() {
        return seats.stream().collect(Collectors.groupingBy(LayoutSeat::row, LinkedHashMap::new, Collectors.toList()));
    }

    public Set<SeatCategory> categories() {
        Set<SeatCategory> categories = EnumSet.noneOf(SeatCategory.class);
        seats.forEach(seat -> categories.add(seat.category()));
        return categories;
    }
}
