package com.boxoffice.catalog.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Everything about a movie that an admin sets. */
public record MovieDetails(String title, String about, String thumbnailUrl, BigDecimal rating, int durationMins,
                           String ageRating, LocalDate releaseDate, String language, String format,
                           List<String> genres) {
}
