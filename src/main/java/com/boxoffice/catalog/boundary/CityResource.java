package com.boxoffice.catalog.boundary;

import com.boxoffice.catalog.control.TheatreCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/cities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
@ApplicationScoped
public class CityResource {

    @Inject
    TheatreCatalog theatres;

    @GET
    @Operation(operationId = "listCities", summary = "Cities with at least one theatre, alphabetically")
    @APIResponse(responseCode = "200", description = "City names",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = String.class),
                    examples = @ExampleObject(name = "cities", value = "[\"Bengaluru\", \"Mumbai\"]")))
    public List<String> list() {
        return theatres.cities();
    }
}
