package com.boxoffice.waitingroom.boundary;

import com.boxoffice.platform.Ids;
import com.boxoffice.platform.error.NotFound;
import com.boxoffice.platform.security.Caller;
import com.boxoffice.waitingroom.control.Entries;
import com.boxoffice.waitingroom.control.RoomSettings;
import com.boxoffice.waitingroom.control.WaitingLine;
import com.boxoffice.waitingroom.control.WaitingRooms;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/waiting-rooms/{movieId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Waiting room")
@ApplicationScoped
public class WaitingRoomResource {

    @Inject
    Entries entries;

    @Inject
    WaitingRooms rooms;

    @Inject
    WaitingLine line;

    @Inject
    Clock clock;

    @Context
    SecurityContext security;

    @GET
    @PermitAll
    @Operation(operationId = "getSale", summary = "Whether a movie's sale is behind a waiting room, and how busy it is")
    @APIResponse(responseCode = "200", description = "The room",
            content = @Content(schema = @Schema(implementation = WaitingRoomView.class)))
    @APIResponse(responseCode = "404", description = "The movie's sale has no waiting room")
    public WaitingRoomView room(@PathParam("movieId") String movieId) {
        RoomSettings room = rooms.of(Ids.parse(movieId, "Movie")).orElseThrow(() -> new NotFound("Waiting room"));
        Instant now = clock.instant();
        return WaitingRoomViews.room(room, line.counts(room, now), now);
    }

    @POST
    @Path("/entries")
    @RolesAllowed({Caller.USER, Caller.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "joinWaitingRoom", summary = "Join the line (or find your place in it)",
            description = "One place per customer: joining again answers the same entry, never a better or worse place.")
    @APIResponse(responseCode = "201", description = "Joined; Location names the caller's entry",
            content = @Content(schema = @Schema(implementation = EntryView.class)))
    @APIResponse(responseCode = "200", description = "Already in the line: the same entry",
            content = @Content(schema = @Schema(implementation = EntryView.class)))
    @APIResponse(responseCode = "404", description = "The movie's sale has no waiting room")
    public Response join(@PathParam("movieId") String movieId) {
        Entries.Standing standing = entries.join(Caller.of(security), Ids.parse(movieId, "Movie"));
        EntryView view = WaitingRoomViews.entry(standing);
        return (standing.joinedNow() ? Response.created(URI.create("waiting-rooms/" + view.movieId() + "/entries/me"))
                : Response.ok()).entity(view).build();
    }

    @GET
    @Path("/entries/me")
    @RolesAllowed({Caller.USER, Caller.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "getMyWaitingRoomEntry", summary = "Where the caller stands in the line")
    @APIResponse(responseCode = "200", description = "The caller's entry",
            content = @Content(schema = @Schema(implementation = EntryView.class)))
    @APIResponse(responseCode = "404", description = "Not in this line, or no waiting room")
    public EntryView mine(@PathParam("movieId") String movieId) {
        return entries.mine(Caller.of(security), Ids.parse(movieId, "Movie")).map(WaitingRoomViews::entry)
                .orElseThrow(() -> new NotFound("Entry"));
    }
}
