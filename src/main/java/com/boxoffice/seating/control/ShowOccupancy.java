package com.boxoffice.seating.control;

import java.util.Map;
import java.util.Set;

/** Who holds which seat of one show (seat id to the holder's user id), and which seats are sold. */
public record ShowOccupancy(Map<String, String> holders, Set<String> sold) {

    public static final ShowOccupancy NONE = new ShowOccupancy(Map.of(), Set.of());

    public int taken() {
        return holders.size() + sold.size();
    }
}
