package com.boxoffice.catalog.boundary;

import com.boxoffice.catalog.control.MovieFilter;
import com.boxoffice.catalog.control.TheatreCatalog;
import com.boxoffice.platform.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/theatres")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
@ApplicationScoped
public class TheatreResource {

    @Inject
    TheatreCatalog theatres;

    @GET
    @Operation(operationId = "listTheatres",
            summary = "Theatres with their screens, optionally of one city (case-insensitive)")
    @APIResponse(responseCode = "200", description = "Theatres",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TheatreView.class),
                    examples = @ExampleObject(name = "theatres", value = "[" + CatalogExamples.THEATRE + "]")))
    public List<TheatreView> list(@QueryParam("city") @Parameter(example = "Bengaluru") String city) {
        return theatres.list(MovieFilter.of(city, null, null, null, null).city()).stream().map(TheatreView::of).toList();
    }

    @GET
    @Path("/{theatreId}")
    @Operation(operationId = "getTheatre", summary = "One theatre with its screens")
    @APIResponse(responseCode = "200", description = "The theatre",
            content = @Content(schema = @Schema(implementation = TheatreView.class),
                    examples = @ExampleObject(name = "theatre", value = CatalogExamples.THEATRE)))
    @APIResponse(responseCode = "404", description = "No such theatre")
    public TheatreView get(@PathParam("theatreId") String theatreId) {
        return TheatreView.of(theatres.find(Ids.parse(theatreId, "Theatre")));
    }
}
