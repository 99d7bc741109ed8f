package com.boxoffice.catalog.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

public record TheatreListing(UUID theatreId, String name, String address, String city, BigDecimal geoLat,
                          BigDecimal geoLng, boolean cancellationAvailable, List<ScreenCapacity> screens) {

    public record ScreenCapacity(UUID screenId, String name, int capacity) {
    }
}
