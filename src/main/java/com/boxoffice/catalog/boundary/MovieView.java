package com.boxoffice.catalog.boundary;

import com.boxoffice.catalog.control.MovieListing;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record MovieView(UUID movieId, String title, String about, String thumbnailUrl, BigDecimal rating,
                        int durationMins, String ageRating, LocalDate releaseDate, String language, String format,
                        List<String> genres) {

    public static MovieView of(MovieListing m) {
        return new MovieView(m.movieId(), m.title(), m.about(), m.thumbnailUrl(), m.rating(), m.durationMins(),
                m.ageRating(), m.releaseDate(), m.language(), m.format(), m.genres());
    }
}
