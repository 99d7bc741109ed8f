package com.boxoffice.catalog.control;

import com.boxoffice.catalog.entity.Movie;
import com.boxoffice.catalog.entity.SeatCategory;
import com.boxoffice.catalog.entity.Show;
import com.boxoffice.catalog.entity.Theatre;
import com.boxoffice.platform.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** Entities to the records the catalog answers with (read inside the transaction that loaded them). */
final class CatalogListings {

    private CatalogListings() {
    }

    static MovieListing movie(Movie m) {
        return new MovieListing(m.id(), m.title(), m.about(), m.thumbnailUrl(), oneDecimal(m.rating()), m.durationMins(),
                m.ageRating(), m.releaseDate(), m.language(), m.format(), m.genres());
    }

    static TheatreListing theatre(Theatre t, ScreenLayouts layouts) {
        return new TheatreListing(t.id(), t.name(), t.address(), t.city(), coordinate(t.geoLat()), coordinate(t.geoLng()),
                t.cancellationAvailable(), t.screens().stream()
                .sorted(java.util.Comparator.comparing(com.boxoffice.catalog.entity.Screen::name))
                .map(s -> new TheatreListing.ScreenCapacity(s.id(), s.name(), layouts.of(s).capacity()))
                .toList());
    }

    static TheatreLocation location(Theatre t) {
        return new TheatreLocation(t.id(), t.name(), t.address(), t.city(), coordinate(t.geoLat()), coordinate(t.geoLng()),
                t.cancellationAvailable());
    }

    static ShowListing show(Show s, int availableSeats) {
        List<CategoryPrice> prices = prices(s.prices());
        BigDecimal lowest = prices.stream().map(CategoryPrice::price).min(BigDecimal::compareTo).orElse(null);
        return new ShowListing(s.id(), s.movie().id(), s.movie().title(), location(s.screen().theatre()),
                s.screen().id(), s.screen().name(), s.startTime().toInstant(), s.endTime().toInstant(), lowest,
                prices, s.status(), availableSeats);
    }

    /** Most premium category first, amounts with two decimals. */
    static List<CategoryPrice> prices(Map<SeatCategory, BigDecimal> prices) {
        return prices.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new CategoryPrice(e.getKey().name(), money(e.getValue())))
                .toList();
    }

    static BigDecimal money(BigDecimal amount) {
        return Money.rounded(amount);
    }

    private static BigDecimal coordinate(BigDecimal degrees) {
        return degrees == null ? null : degrees.stripTrailingZeros();
    }

    private static BigDecimal oneDecimal(BigDecimal rating) {
        return rating == null ? null : rating.setScale(1, RoundingMode.HALF_UP);
    }
}
