package com.boxoffice.seating.boundary;

import com.boxoffice.platform.Ids;
import com.boxoffice.platform.security.Caller;
import com.boxoffice.platform.web.ClientAddress;
import com.boxoffice.seating.control.SeatMapEvents;
import com.boxoffice.seating.control.SeatMaps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/shows/{showId}/seatmap")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Seating")
@ApplicationScoped
public class SeatMapResource {

    static final String EXAMPLE = "{\"showId\": \"3c2b1a0f-9e8d-3c7b-a6f5-4e3d2c1b0a9f\", \"categories\":"
            + " [{\"name\": \"RECLINER\", \"price\": 450.00}, {\"name\": \"CLASSIC\", \"price\": 200.00}], \"rows\":"
            + " [{\"row\": \"A\", \"seats\": [{\"seatId\": \"A1\", \"number\": 1, \"category\": \"CLASSIC\","
            + " \"status\": \"AVAILABLE\", \"heldByYou\": false}, {\"seatId\": \"A3\", \"number\": 3, \"category\":"
            + " \"CLASSIC\", \"status\": \"HELD\", \"heldByYou\": true}]}], \"availableCount\": 1, \"heldCount\": 1,"
            + " \"bookedCount\": 0}";

    @Inject
    SeatMaps seatMaps;

    @Inject
    SeatMapEvents events;

    @Inject
    ClientAddress clients;

    @GET
    @Operation(operationId = "getSeatMap", summary = "The show's seats with their live status",
            description = "Rows in order; a number missing from a row is an aisle. Seats held by the calling user"
                    + " (when a token is sent) say heldByYou. Never older than a hold or sale this server acknowledged.")
    @APIResponse(responseCode = "200", description = "The seat map",
            content = @Content(schema = @Schema(implementation = SeatMapView.class),
                    examples = @ExampleObject(name = "seatmap", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such show")
    public SeatMapView get(@PathParam("showId") String showId, @Context SecurityContext security) {
        Caller caller = Caller.of(security);
        return SeatMapView.of(seatMaps.of(Ids.parse(showId, "Show"),
                caller.signedIn() ? UUID.fromString(caller.userId()) : null));
    }

    @GET
    @Path("/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "watchSeatMap",
            summary = "Live seat statuses (Server-Sent Events)", description = "First a 'ready' event, then a"
            + " 'seats' event within about a second of any hold, release, expiry, sale or refund of the show, on any"
            + " server: {\"showId\", \"seats\": [{\"seatId\", \"status\"}], \"availableCount\", \"heldCount\","
            + " \"bookedCount\"}. After a reconnect, read the seat map again.")
    @APIResponse(responseCode = "200", description = "An event stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "seats",
                    value = "event: seats\ndata: {\"showId\": \"3c2b1a0f-9e8d-3c7b-a6f5-4e3d2c1b0a9f\", \"seats\":"
                            + " [{\"seatId\": \"A3\", \"status\": \"HELD\"}], \"availableCount\": 119,"
                            + " \"heldCount\": 1, \"bookedCount\": 0}")))
    @APIResponse(responseCode = "404", description = "No such show")
    public void events(@PathParam("showId") String showId, @Context SseEventSink sink, @Context Sse sse,
                       @Context HttpServletRequest request) {
        events.watch(Ids.parse(showId, "Show"), clients.of(request), sink, sse);
    }
}
