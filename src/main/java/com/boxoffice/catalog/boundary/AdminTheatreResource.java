package com.boxoffice.catalog.boundary;

import com.boxoffice.catalog.control.TheatreRequest;
import com.boxoffice.catalog.control.TheatreEditor;
import com.boxoffice.platform.Ids;
import com.boxoffice.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/theatres")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.ADMIN)
@SecurityRequirement(name = "jwt")
@Tag(name = "Admin")
@ApplicationScoped
public class AdminTheatreResource {

    static final String EXAMPLE = "{\"name\": \"Lakeside Talkies: Indiranagar\", \"address\": \"100 Feet Road,"
            + " Bengaluru 560038\", \"city\": \"Bengaluru\", \"geoLat\": 12.9719, \"geoLng\": 77.6412,"
            + " \"cancellationAvailable\": true, \"screens\": [{\"name\": \"Screen 1\", \"layout\": {\"blocks\":"
            + " [{\"rows\": \"A-F\", \"seats\": \"1-5,7-11\", \"category\": \"CLASSIC\"}]}}, {\"name\": \"Lounge\","
            + " \"layout\": {\"rows\": [{\"row\": \"A\", \"seats\": [{\"number\": 1, \"category\": \"RECLINER\"},"
            + " {\"number\": 3, \"category\": \"RECLINER\"}]}]}}]}";

    @Inject
    TheatreEditor editor;

    @POST
    @Operation(operationId = "addTheatre", summary = "Add a theatre with its screens and their seat layouts")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TheatreRequest.class),
            examples = @ExampleObject(name = "theatre", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = TheatreView.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: bad fields or layouts (duplicate seats,"
            + " unknown categories, more than 1000 seats)")
    public Response create(@Valid @NotNull TheatreRequest body) {
        TheatreView theatre = TheatreView.of(editor.create(body));
        return Response.created(URI.create("theatres/" + theatre.theatreId())).entity(theatre).build();
    }

    @PUT
    @Path("/{theatreId}")
    @Operation(operationId = "updateTheatre", summary = "Replace a theatre's details and screens",
            description = "Screens are matched by screenId or name; screens left out are removed. A layout"
                    + " cannot change while the screen has shows to come, a screen with shows cannot be removed.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = TheatreView.class)))
    @APIResponse(responseCode = "404", description = "No such theatre")
    @APIResponse(responseCode = "409", description = "SCREEN_HAS_SHOWS")
    public TheatreView update(@PathParam("theatreId") String theatreId, @Valid @NotNull TheatreRequest body) {
        return TheatreView.of(editor.update(Ids.parse(theatreId, "Theatre"), body));
    }
}
