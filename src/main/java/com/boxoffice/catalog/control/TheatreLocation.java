package com.boxoffice.catalog.control;

import java.math.BigDecimal;
import java.util.UUID;

/** A theatre as a show names it: everything but its screens. */
public record TheatreLocation(UUID theatreId, String name, String address, String city, BigDecimal geoLat,
                             BigDecimal geoLng, boolean cancellationAvailable) {
}
