package com.boxoffice.catalog.boundary;

import com.boxoffice.catalog.control.TheatreListing;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

public record TheatreView(UUID theatreId, String name, String address, String city, BigDecimal geoLat,
                          BigDecimal geoLng, boolean cancellationAvailable, List<ScreenView> screens) {

    public record ScreenView(UUID screenId, String name, int capacity) {
    }

    public static TheatreView of(TheatreListing t) {
        return new TheatreView(t.theatreId(), t.name(), t.address(), t.city(), t.geoLat(), t.geoLng(),
                t.cancellationAvailable(), t.screens().stream()
                .map(s -> new ScreenView(s.screenId(), s.name(), s.capacity())).toList());
    }
}
