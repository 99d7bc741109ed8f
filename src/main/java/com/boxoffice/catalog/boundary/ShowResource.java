package com.boxoffice.catalog.boundary;

import com.boxoffice.catalog.control.ShowCatalog;
import com.boxoffice.platform.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/shows")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
@ApplicationScoped
public class ShowResource {

    @Inject
    ShowCatalog shows;

    @GET
    @Path("/{showId}")
    @Operation(operationId = "getShow", summary = "One show, also when it has started or was cancelled")
    @APIResponse(responseCode = "200", description = "The show",
            content = @Content(schema = @Schema(implementation = ShowView.class),
                    examples = @ExampleObject(name = "show", value = CatalogExamples.SHOW)))
    @APIResponse(responseCode = "404", description = "No such show")
    public ShowView get(@PathParam("showId") String showId) {
        return ShowView.of(shows.find(Ids.parse(showId, "Show")));
    }
}
