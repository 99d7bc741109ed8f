package com.boxoffice.catalog.boundary;

import com.boxoffice.catalog.control.MovieRequest;
import com.boxoffice.catalog.control.MovieEditor;
import com.boxoffice.platform.Ids;
import com.boxoffice.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/movies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.ADMIN)
@SecurityRequirement(name = "jwt")
@Tag(name = "Admin")
@ApplicationScoped
public class AdminMovieResource {

    @Inject
    MovieEditor editor;

    @POST
    @Operation(operationId = "addMovie", summary = "Add a movie")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = MovieView.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED, one entry per bad field")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public Response create(@Valid @NotNull MovieRequest body) {
        MovieView movie = MovieView.of(editor.create(body));
        return Response.created(URI.create("movies/" + movie.movieId())).entity(movie).build();
    }

    @PUT
    @Path("/{movieId}")
    @Operation(operationId = "updateMovie", summary = "Replace a movie's details")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = MovieView.class)))
    @APIResponse(responseCode = "404", description = "No such movie")
    public MovieView update(@PathParam("movieId") String movieId, @Valid @NotNull MovieRequest body) {
        return MovieView.of(editor.update(Ids.parse(movieId, "Movie"), body));
    }

    @DELETE
    @Path("/{movieId}")
    @Operation(operationId = "deleteMovie", summary = "Delete a movie that has no shows")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such movie")
    @APIResponse(responseCode = "409", description = "MOVIE_HAS_SHOWS")
    public Response delete(@PathParam("movieId") String movieId) {
        editor.delete(Ids.parse(movieId, "Movie"));
        return Response.noContent().build();
    }
}
