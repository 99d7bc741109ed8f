package com.boxoffice.catalog.control;

import com.boxoffice.catalog.entity.ShowStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What seating needs to know about a show: its movie, whether it can be booked, its seats and their prices. */
public record ShowSeating(UUID showId, UUID movieId, ShowStatus status, Instant startTime, ScreenLayout layout,
                          List<CategoryPrice> prices) {

    public boolean bookableAt(Instant now) {
        return status == ShowStatus.SCHEDULED && startTime.isAfter(now);
    }
}
