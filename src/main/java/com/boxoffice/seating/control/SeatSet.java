package com.boxoffice.seating.control;

import com.boxoffice.catalog.control.ScreenLayout;
import com.boxoffice.platform.error.ValidationFailed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The seats of one request, each a seat of the screen and none twice, in the order asked for (a refusal names
 * the seats in that order too).
 */
public record SeatSet(List<String> seatIds) {

    public SeatSet {
        seatIds = List.copyOf(seatIds);
    }

    /** @throws ValidationFailed naming the seats asked for twice, or not on the screen */
    public static SeatSet of(List<String> requested, ScreenLayout layout) {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String seat : requested) {
            if (!seen.add(seat)) {
                duplicates.add(seat);
            } else if (!layout.contains(seat)) {
                unknown.add(seat);
            }
        }
        if (!duplicates.isEmpty()) {
            throw new ValidationFailed("seatIds", "names a seat twice: " + String.join(", ", duplicates));
        }
        if (!unknown.isEmpty()) {
            throw new ValidationFailed("seatIds", "no such seats on this screen: " + String.join(", ", unknown));
        }
        return new SeatSet(requested);
    }

    public int size() {
        return seatIds.size();
    }
}
