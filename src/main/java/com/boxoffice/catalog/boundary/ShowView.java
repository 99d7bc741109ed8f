package com.boxoffice.catalog.boundary;

import com.boxoffice.catalog.control.ShowListing;
import com.boxoffice.catalog.control.CategoryPrice;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A show. {@code price} is the lowest seat price ("from ₹200"); {@code prices} lists every category's.
 */
public record ShowView(UUID showId, UUID movieId, String movieTitle, TheatreSummary theatre, UUID screenId,
                       String screenName, Instant startTime, Instant endTime, BigDecimal price,
                       List<CategoryPrice> prices, String status, int availableSeats) {

    public static ShowView of(ShowListing s) {
        return new ShowView(s.showId(), s.movieId(), s.movieTitle(), TheatreSummary.of(s.theatre()), s.screenId(),
                s.screenName(), s.startTime(), s.endTime(), s.price(), s.prices(), s.status().name(), s.availableSeats());
    }
}
