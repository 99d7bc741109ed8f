package com.boxoffice.ordering.boundary;

import com.boxoffice.ordering.control.SalesFunnel;
import com.boxoffice.platform.Dates;
import com.boxoffice.platform.error.ValidationFailed;
import com.boxoffice.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The booking funnel, for staff. */
@Path("/admin/funnel")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.ADMIN)
@SecurityRequirement(name = "jwt")
@Tag(name = "Admin")
@ApplicationScoped
public class FunnelResource {

    @Inject
    SalesFunnel funnel;

    @Inject
    Clock clock;

    @Inject
    ZoneId businessZone;

    @GET
    @Operation(operationId = "getFunnel",
            summary = "Holds, orders, confirmed and cancelled orders over local dates (default: the last 7 days)")
    public SalesFunnel.Figures funnel(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate today = LocalDate.now(clock.withZone(businessZone));
        LocalDate last = Dates.day("to", to, today);
        LocalDate first = Dates.day("from", from, last.minusDays(6));
        if (first.isAfter(last)) {
            throw new ValidationFailed("from", "must not be after to");
        }
        return funnel.between(first.atStartOfDay(businessZone).toInstant(),
                last.plusDays(1).atStartOfDay(businessZone).toInstant());
    }
}
