package com.boxoffice.catalog.control;

import com.boxoffice.catalog.entity.Movie;
import com.boxoffice.platform.error.NotFound;
import com.boxoffice.platform.paging.Page;
import com.boxoffice.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional
public class MovieCatalog {

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Filters in SQL (case-insensitive matching on the genre table needs it), then loads the page's movies
     * as entities. Newest release first, ties by title and id so that pages never overlap.
     */
    public Page<MovieListing> search(MovieFilter filter, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (filter.language() != null) {
            conditions.add("lower(m.language) = ?");
            parameters.add(filter.language());
        }
        if (filter.format() != null) {
            conditions.add("lower(m.format) = ?");
            parameters.add(filter.format());
        }
        if (filter.genre() != null) {
            conditions.add("EXISTS (SELECT 1 FROM movie_genres g WHERE g.movie_id = m.movie_id AND lower(g.genre) = ?)");
            parameters.add(filter.genre());
        }
        if (filter.q() != null) {
            conditions.add("lower(m.title) LIKE ? ESCAPE '!'");
            parameters.add("%" + escapeLike(filter.q()) + "%");
        }
        if (filter.city() != null) {
            conditions.add("EXISTS (SELECT 1 FROM shows s JOIN screens sc ON sc.screen_id = s.screen_id"
                    + " JOIN theatres t ON t.theatre_id = sc.theatre_id WHERE s.movie_id = m.movie_id"
                    + " AND s.status = 'SCHEDULED' AND s.start_time > ? AND lower(t.city) = ?)");
            parameters.add(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
            parameters.add(filter.city());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);

        long total = ((Number) bind(em.createNativeQuery("SELECT count(*) FROM movies m" + where), parameters)
                .getSingleResult()).longValue();
        List<?> ids = bind(em.createNativeQuery("SELECT m.movie_id FROM movies m" + where
                + " ORDER BY m.release_date DESC NULLS LAST, m.title, m.movie_id"), parameters)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        return Page.of(load(ids), page, total);
    }

    public MovieListing find(UUID movieId) {
        return CatalogListings.movie(entity(movieId));
    }

    Movie entity(UUID movieId) {
        Movie movie = em.find(Movie.class, movieId);
        if (movie == null) {
            throw new NotFound("Movie");
        }
        return movie;
    }

    /** The movies with these ids, in the order given. */
    private List<MovieListing> load(List<?> rawIds) {
        if (rawIds.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rawIds.stream().map(id -> id instanceof UUID uuid ? uuid : UUID.fromString(id.toString()))
                .toList();
        Map<UUID, Movie> byId = em.createQuery("SELECT m FROM Movie m WHERE m.id IN :ids", Movie.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.batch", "m.genres")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList().stream()
                .collect(Collectors.toMap(Movie::id, Function.identity()));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).map(CatalogListings::movie).toList();
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
