package com.boxoffice.catalog.boundary;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

public record TheatreView(UUID theatreId, String name, String address, String city, BigDecimal geoLat,
                          BigDecimal geoLng, boolean cancellationAvailable, List<ScreenView> screens) {

    public record ScreenView(UUID screenId, String name, int capacity) {
    }
}
