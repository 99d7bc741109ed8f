package com.boxoffice.catalog.control;

import com.boxoffice.catalog.entity.ShowStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A show. {@code price} is the lowest seat price ("from ₹200"); {@code prices} lists every category's.
 */
public record ShowListing(UUID showId, UUID movieId, String movieTitle, TheatreLocation theatre, UUID screenId,
                       String screenName, Instant startTime, Instant endTime, BigDecimal price,
                       List<CategoryPrice> prices, ShowStatus status, int availableSeats) {
}
