package com.boxoffice.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The server's clock, so that a client can count a hold's remaining time down without trusting its own. */
@Path("/time")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
@ApplicationScoped
public class ServerTimeResource {

    public record ServerTime(Instant now) {
    }

    @Inject
    Clock clock;

    @GET
    @Operation(operationId = "getServerTime", summary = "The server's current time (UTC)")
    public ServerTime now() {
        return new ServerTime(clock.instant());
    }
}
