package com.boxoffice.catalog.boundary;

import java.math.BigDecimal;
import java.util.UUID;

/** A theatre as a show names it: everything but its screens. */
public record TheatreSummary(UUID theatreId, String name, String address, String city, BigDecimal geoLat,
                             BigDecimal geoLng, boolean cancellationAvailable) {
}
