package com.boxoffice.catalog.control;

import com.boxoffice.catalog.entity.Movie;
import com.boxoffice.catalog.entity.MovieDetails;
import com.boxoffice.platform.database.SqlErrors;
import com.boxoffice.platform.error.ApiException;
import com.boxoffice.platform.error.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

/** Admin changes to movies. */
@ApplicationScoped
@Transactional
public class MovieEditor {

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    @Inject
    MovieCatalog movies;

    public MovieListing create(MovieRequest request) {
        UUID id = UUID.randomUUID();
        Movie movie = new Movie(id, details(id, request));
        em.persist(movie);
        return CatalogListings.movie(movie);
    }

    /** A new running time moves the end of the movie's shows to come, unless one would then overlap the next. */
    public MovieListing update(UUID movieId, MovieRequest request) {
        Movie movie = movies.entity(movieId);
        em.lock(movie, LockModeType.PESSIMISTIC_WRITE); // a show scheduled meanwhile reads the new running time
        int before = movie.durationMins();
        movie.update(details(movieId, request));
        if (movie.durationMins() != before) {
            moveShowEnds(movie);
        }
        return CatalogListings.movie(movie);
    }

    private void moveShowEnds(Movie movie) {
        try {
            em.flush();
            em.createNativeQuery("UPDATE shows SET end_time = start_time + make_interval(mins => ?)"
                            + " WHERE movie_id = ? AND status = 'SCHEDULED' AND end_time > now()")
                    .setParameter(1, movie.durationMins() + ShowScheduler.TURNAROUND_MINS).setParameter(2, movie.id())
                    .executeUpdate();
        } catch (PersistenceException e) {
            if (SqlErrors.is(e, SqlErrors.EXCLUSION_VIOLATION)) {
                throw new ApiException(ErrorCode.SHOW_OVERLAPS, "With that running time a show of this movie would run into"
                        + " the next show on its screen; move or cancel that show first");
            }
            throw e;
        }
    }

    /** A movie that has shows (even past or cancelled ones) stays: orders and tickets refer to it. */
    public void delete(UUID movieId) {
        Movie movie = movies.entity(movieId);
        long shows = em.createQuery("SELECT COUNT(s) FROM Show s WHERE s.movie.id = :id", Long.class)
                .setParameter("id", movieId).getSingleResult();
        if (shows > 0) {
            throw hasShows();
        }
        try {
            em.remove(movie);
            em.flush();
        } catch (PersistenceException e) {
            if (SqlErrors.is(e, SqlErrors.FOREIGN_KEY_VIOLATION)) {
                throw hasShows(); // a show was scheduled for it a moment ago
            }
            throw e;
        }
    }

    private static ApiException hasShows() {
        return new ApiException(ErrorCode.MOVIE_HAS_SHOWS, "The movie has shows; cancel them instead of deleting it");
    }

    private static MovieDetails details(UUID id, MovieRequest r) {
        String thumbnail = r.thumbnailUrl() == null || r.thumbnailUrl().isBlank() ? "/api/movies/" + id + "/poster"
                : r.thumbnailUrl().trim();
        List<String> genres = r.genres().stream().map(String::trim).distinct().toList();
        return new MovieDetails(r.title().trim(), r.about(), thumbnail,
                r.rating() == null ? null : r.rating().setScale(1, RoundingMode.HALF_UP), r.durationMins(),
                trimmed(r.ageRating()), r.releaseDate(), r.language().trim(), r.format().trim(), genres);
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
