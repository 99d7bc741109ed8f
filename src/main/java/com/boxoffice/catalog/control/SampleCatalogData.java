package com.boxoffice.catalog.control;

import com.boxoffice.catalog.entity.SeatCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The shape of {@code sample/catalog.json}: the demo's theatres, screen layouts and movies. */
public record SampleCatalogData(Map<String, List<LayoutBlock>> layouts, Map<SeatCategory, BigDecimal> prices,
                                List<Theatre> theatres, List<Movie> movies) {

    public record Theatre(String name, String city, String address, BigDecimal geoLat, BigDecimal geoLng,
                          boolean cancellationAvailable, List<List<String>> screens) {
    }

    public record Movie(String title, String about, BigDecimal rating, int durationMins, String ageRating,
                        LocalDate releaseDate, String language, String format, List<String> genres) {
    }
}
