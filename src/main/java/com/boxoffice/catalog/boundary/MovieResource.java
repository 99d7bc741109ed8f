package com.boxoffice.catalog.boundary;

import com.boxoffice.catalog.control.MovieCatalog;
import com.boxoffice.catalog.control.MovieFilter;
import com.boxoffice.catalog.control.MovieListing;
import com.boxoffice.catalog.control.PosterArt;
import com.boxoffice.catalog.control.ShowCatalog;
import com.boxoffice.platform.Dates;
import com.boxoffice.platform.Ids;
import com.boxoffice.platform.paging.Page;
import com.boxoffice.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/movies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
@ApplicationScoped
public class MovieResource {

    /** The shape of a page of movies, for the API document (Page's item type is erased at run time). */
    @Schema(name = "PageMovieView")
    record MoviePage(List<MovieView> items, int page, int size, long totalItems, long totalPages) {
    }

    private static final int POSTER_CACHE_SECONDS = 24 * 60 * 60;

    @Inject
    MovieCatalog movies;

    @Inject
    ShowCatalog shows;

    @GET
    @Operation(operationId = "listMovies", summary = "Movies, newest release first",
            description = "All filters are optional and case-insensitive. `city` keeps movies with an upcoming show"
                    + " in that city; `q` matches anywhere in the title.")
    @APIResponse(responseCode = "200", description = "A page of movies", content = @Content(
            schema = @Schema(implementation = MoviePage.class),
            examples = @ExampleObject(name = "page", value = CatalogExamples.MOVIE_PAGE)))
    @APIResponse(responseCode = "400", description = "A bad page, size or filter",
            content = @Content(examples = @ExampleObject(name = "error", value = CatalogExamples.VALIDATION_FAILED)))
    public Page<MovieView> list(@QueryParam("city") @Parameter(example = "Bengaluru") String city,
                                @QueryParam("language") @Parameter(example = "Hindi") String language,
                                @QueryParam("genre") @Parameter(example = "Thriller") String genre,
                                @QueryParam("format") @Parameter(example = "IMAX 3D") String format,
                                @QueryParam("q") @Parameter(description = "Part of the title", example = "orbit") String q,
                                @QueryParam("page") @Parameter(description = "From 0", example = "0") String page,
                                @QueryParam("size") @Parameter(description = "1 to 100, default 20", example = "20")
                                String size) {
        return movies.search(MovieFilter.of(city, language, genre, format, q), PageRequest.of(page, size))
                .map(MovieView::of);
    }

    @GET
    @Path("/{movieId}")
    @Operation(operationId = "getMovie", summary = "One movie")
    @APIResponse(responseCode = "200", description = "The movie",
            content = @Content(schema = @Schema(implementation = MovieView.class),
                    examples = @ExampleObject(name = "movie", value = CatalogExamples.MOVIE)))
    @APIResponse(responseCode = "404", description = "No such movie",
            content = @Content(examples = @ExampleObject(name = "error", value = CatalogExamples.NOT_FOUND)))
    public MovieView get(@PathParam("movieId") String movieId) {
        return MovieView.of(movies.find(Ids.parse(movieId, "Movie")));
    }

    @GET
    @Path("/{movieId}/shows")
    @Operation(operationId = "listMovieShows", summary = "A movie's upcoming shows, earliest first",
            description = "Only shows that have not started and are not cancelled. `date` is a local date of the"
                    + " theatres (boxoffice.timezone, India by default).")
    @APIResponse(responseCode = "200", description = "Shows",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ShowView.class),
                    examples = @ExampleObject(name = "shows", value = "[" + CatalogExamples.SHOW + "]")))
    @APIResponse(responseCode = "400", description = "A date that is not YYYY-MM-DD")
    @APIResponse(responseCode = "404", description = "No such movie")
    public List<ShowView> shows(@PathParam("movieId") String movieId,
                                @QueryParam("city") @Parameter(example = "Mumbai") String city,
                                @QueryParam("date") @Parameter(example = "2026-12-17") String date) {
        MovieFilter filter = MovieFilter.of(city, null, null, null, null);
        return shows.upcoming(Ids.parse(movieId, "Movie"), filter.city(), Dates.day("date", date, null)).stream()
                .map(ShowView::of).toList();
    }

    @GET
    @Path("/{movieId}/poster")
    @Produces("image/svg+xml")
    @Operation(operationId = "getMoviePoster", summary = "The movie's poster, drawn by the service (SVG)")
    @APIResponse(responseCode = "200", description = "SVG image", content = @Content(mediaType = "image/svg+xml",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such movie")
    public Response poster(@PathParam("movieId") String movieId) {
        MovieListing movie = movies.find(Ids.parse(movieId, "Movie"));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(POSTER_CACHE_SECONDS);
        return Response.ok(PosterArt.svg(movie), "image/svg+xml").cacheControl(cache).build();
    }
}
