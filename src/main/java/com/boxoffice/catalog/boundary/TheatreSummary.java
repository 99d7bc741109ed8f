package com.boxoffice.catalog.boundary;

import com.boxoffice.catalog.control.TheatreLocation;
import java.math.BigDecimal;
import java.util.UUID;

/** A theatre as a show names it: everything but its screens. */
public record TheatreSummary(UUID theatreId, String name, String address, String city, BigDecimal geoLat,
                             BigDecimal geoLng, boolean cancellationAvailable) {

    static TheatreSummary of(TheatreLocation t) {
        return new TheatreSummary(t.theatreId(), t.name(), t.address(), t.city(), t.geoLat(), t.geoLng(),
                t.cancellationAvailable());
    }
}
