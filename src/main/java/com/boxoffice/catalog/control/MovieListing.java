package com.boxoffice.catalog.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record MovieListing(UUID movieId, String title, String about, String thumbnailUrl, BigDecimal rating,
                        int durationMins, String ageRating, LocalDate releaseDate, String language, String format,
                        List<String> genres) {
}
