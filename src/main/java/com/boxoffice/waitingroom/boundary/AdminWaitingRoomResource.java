package com.boxoffice.waitingroom.boundary;

import com.boxoffice.catalog.control.MovieCatalog;
import com.boxoffice.platform.Ids;
import com.boxoffice.platform.error.NotFound;
import com.boxoffice.platform.security.Caller;
import com.boxoffice.waitingroom.control.RoomSettings;
import com.boxoffice.waitingroom.control.WaitingLine;
import com.boxoffice.waitingroom.control.WaitingRooms;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/movies/{movieId}/waiting-room")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.ADMIN)
@SecurityRequirement(name = "jwt")
@Tag(name = "Admin")
@ApplicationScoped
public class AdminWaitingRoomResource {

    private static final int DEFAULT_PASS_SECONDS = 600;

    @Inject
    WaitingRooms rooms;

    @Inject
    WaitingLine line;

    @Inject
    MovieCatalog movies;

    @Inject
    Clock clock;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putWaitingRoom", summary = "Put a movie's sale behind a waiting room, or change its settings",
            description = "Places in the line are kept. opensAt defaults to now, passSeconds to 600. Customers who join"
                    + " before opensAt are placed at random at opening, ahead of everyone who joins later.")
    @APIResponse(responseCode = "200", description = "The room",
            content = @Content(schema = @Schema(implementation = WaitingRoomView.class)))
    @APIResponse(responseCode = "400", description = "admitPerMinute or maxShoppers below 1, passSeconds below 10")
    @APIResponse(responseCode = "404", description = "No such movie")
    public WaitingRoomView put(@PathParam("movieId") String movieId, @Valid @NotNull WaitingRoomRequest body) {
        UUID movie = movie(movieId);
        Instant now = clock.instant();
        Instant opensAt = body.opensAt() == null ? now.truncatedTo(ChronoUnit.SECONDS) : body.opensAt().toInstant();
        RoomSettings room = rooms.put(movie, opensAt, body.admitPerMinute(), body.maxShoppers(),
                body.passSeconds() == null ? DEFAULT_PASS_SECONDS : body.passSeconds());
        return WaitingRoomViews.room(room, line.counts(room, now), now);
    }

    @GET
    @Operation(operationId = "getWaitingRoom", summary = "A movie's waiting room, with how many wait and shop")
    @APIResponse(responseCode = "200", description = "The room",
            content = @Content(schema = @Schema(implementation = WaitingRoomView.class)))
    @APIResponse(responseCode = "404", description = "No such movie, or its sale has no waiting room")
    public WaitingRoomView get(@PathParam("movieId") String movieId) {
        RoomSettings room = rooms.of(movie(movieId)).orElseThrow(() -> new NotFound("Waiting room"));
        Instant now = clock.instant();
        return WaitingRoomViews.room(room, line.counts(room, now), now);
    }

    @DELETE
    @Operation(operationId = "deleteWaitingRoom", summary = "Switch a movie's waiting room off",
            description = "Its line ends (entries and passes are discarded); holds need no admission again.")
    @APIResponse(responseCode = "204", description = "The room is off")
    @APIResponse(responseCode = "404", description = "No such movie")
    public Response delete(@PathParam("movieId") String movieId) {
        rooms.remove(movie(movieId));
        return Response.noContent().build();
    }

    private UUID movie(String movieId) {
        UUID id = Ids.parse(movieId, "Movie");
        movies.find(id);
        return id;
    }
}
