package com.boxoffice.catalog.boundary;

import com.boxoffice.catalog.control.ShowRequest;
import com.boxoffice.catalog.control.ShowScheduler;
import com.boxoffice.platform.Ids;
import com.boxoffice.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/shows")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.ADMIN)
@SecurityRequirement(name = "jwt")
@Tag(name = "Admin")
@ApplicationScoped
public class AdminShowResource {

    @Inject
    ShowScheduler scheduler;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "scheduleShow",
            summary = "Schedule a show", description = "It must start in the future, not overlap another show of"
            + " the screen (the movie's length plus 20 minutes), and price every seat category of the screen.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ShowRequest.class),
            examples = @ExampleObject(name = "show", value = "{\"movieId\":"
            + " \"0b8f6f1e-8c4e-3b1a-9d7e-2f0c4a5b6c7d\", \"screenId\": \"7a6b5c4d-3e2f-3a1b-9c8d-7e6f5a4b3c2d\","
            + " \"startTime\": \"2026-12-17T11:30:00Z\", \"prices\": {\"CLASSIC\": 200.00, \"PRIME\": 320.00}}")))
    @APIResponse(responseCode = "201", description = "Scheduled; Location names it",
            content = @Content(schema = @Schema(implementation = ShowView.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: unknown movie or screen, a past start,"
            + " missing or extra prices")
    @APIResponse(responseCode = "409", description = "SHOW_OVERLAPS, with details.conflictingShowIds")
    public Response schedule(@Valid @NotNull ShowRequest body) {
        ShowView show = ShowView.of(scheduler.schedule(body));
        return Response.created(URI.create("shows/" + show.showId())).entity(show).build();
    }

    @POST
    @Path("/{showId}/cancel")
    @Operation(operationId = "cancelShow",
            summary = "Cancel a show", description = "Its holds are released and its confirmed orders refunded."
            + " Cancelling a cancelled show answers it unchanged.")
    @APIResponse(responseCode = "200", description = "The cancelled show",
            content = @Content(schema = @Schema(implementation = ShowView.class)))
    @APIResponse(responseCode = "404", description = "No such show")
    public ShowView cancel(@PathParam("showId") String showId, @Context SecurityContext security) {
        return ShowView.of(scheduler.cancel(Ids.parse(showId, "Show"), Caller.of(security).userId()));
    }
}
