package com.boxoffice.seating.boundary;

import com.boxoffice.platform.Ids;
import com.boxoffice.platform.security.Caller;
import com.boxoffice.seating.control.Hold;
import com.boxoffice.seating.control.Holds;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/holds")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.USER, Caller.ADMIN})
@SecurityRequirement(name = "jwt")
@Tag(name = "Seating")
@ApplicationScoped
public class HoldResource {

    static final String HOLD = "{\"holdId\": \"6f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f\", \"showId\":"
            + " \"3c2b1a0f-9e8d-3c7b-a6f5-4e3d2c1b0a9f\", \"seatIds\": [\"A1\", \"A2\"], \"status\": \"ACTIVE\","
            + " \"expiresAt\": \"2026-12-17T11:35:00Z\", \"totalAmount\": 400.00}";
    static final String UNAVAILABLE = "{\"error\": {\"code\": \"SEATS_UNAVAILABLE\", \"message\": \"Seats A1, A2 are"
            + " no longer available\", \"timestamp\": \"2026-12-17T11:30:00Z\", \"details\": {\"unavailableSeatIds\":"
            + " [\"A1\", \"A2\"]}}}";

    @Inject
    Holds holds;

    @Inject
    Clock clock;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createHold", summary = "Hold seats of a show for a few minutes, all or none",
            description = "A new hold for a show releases the caller's previous hold of that show. At most 10 seats.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = HoldRequest.class),
            examples = @ExampleObject(name = "hold", value = "{\"showId\":"
            + " \"3c2b1a0f-9e8d-3c7b-a6f5-4e3d2c1b0a9f\", \"seatIds\": [\"A1\", \"A2\"]}")))
    @APIResponse(responseCode = "201", description = "Held; Location names the hold",
            content = @Content(schema = @Schema(implementation = HoldView.class),
                    examples = @ExampleObject(name = "hold", value = HOLD)))
    @APIResponse(responseCode = "400", description = "No seats, more than 10, duplicates, seats not on the screen")
    @APIResponse(responseCode = "404", description = "No such show")
    @APIResponse(responseCode = "409", description = "SEATS_UNAVAILABLE (with the seats) or SHOW_NOT_BOOKABLE",
            content = @Content(examples = @ExampleObject(name = "unavailable", value = UNAVAILABLE)))
    @APIResponse(responseCode = "429", description = "RATE_LIMITED")
    public Response create(@Valid @NotNull HoldRequest body) {
        HoldView hold = view(holds.create(Caller.of(security), Ids.parse(body.showId(), "Show"), body.seatIds()));
        return Response.created(URI.create("holds/" + hold.holdId())).entity(hold).build();
    }

    @GET
    @Path("/{holdId}")
    @Operation(operationId = "getHold", summary = "A hold of the caller's (EXPIRED once its time ran out)")
    @APIResponse(responseCode = "200", description = "The hold",
            content = @Content(schema = @Schema(implementation = HoldView.class), examples = @ExampleObject(
            name = "hold", value = HOLD)))
    @APIResponse(responseCode = "404", description = "No such hold of the caller's")
    public HoldView get(@PathParam("holdId") String holdId) {
        return view(holds.get(Caller.of(security), Ids.parse(holdId, "Hold")));
    }

    @PUT
    @Path("/{holdId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeHold",
            summary = "Replace the hold's seats, all or nothing; the expiry does not move")
    @APIResponse(responseCode = "200", description = "The changed hold",
            content = @Content(schema = @Schema(implementation = HoldView.class)))
    @APIResponse(responseCode = "409", description = "SEATS_UNAVAILABLE or HOLD_NOT_ACTIVE")
    public HoldView change(@PathParam("holdId") String holdId, @Valid @NotNull HoldChangeRequest body) {
        return view(holds.change(Caller.of(security), Ids.parse(holdId, "Hold"), body.seatIds()));
    }

    @DELETE
    @Path("/{holdId}")
    @Operation(operationId = "releaseHold", summary = "Release the hold; its seats are available at once")
    @APIResponse(responseCode = "204", description = "Released (or had ended already)")
    @APIResponse(responseCode = "404", description = "No such hold of the caller's")
    @APIResponse(responseCode = "409", description = "HOLD_NOT_ACTIVE: it became an order")
    public Response release(@PathParam("holdId") String holdId) {
        holds.release(Caller.of(security), Ids.parse(holdId, "Hold"));
        return Response.noContent().build();
    }

    private HoldView view(Hold hold) {
        return HoldView.of(hold, clock.instant());
    }
}
