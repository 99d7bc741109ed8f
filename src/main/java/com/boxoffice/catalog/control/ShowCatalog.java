package com.boxoffice.catalog.control;

import com.boxoffice.catalog.entity.Show;
import com.boxoffice.catalog.entity.ShowStatus;
import com.boxoffice.platform.error.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
@Transactional
public class ShowCatalog {

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    @Inject
    MovieCatalog movies;

    @Inject
    ScreenLayouts layouts;

    @Inject
    SeatAvailability availability;

    @Inject
    Clock clock;

    @Inject
    ZoneId businessZone;

    /**
     * A movie's shows that have not started and are not cancelled, earliest first; optionally in one city
     * (case-insensitive) and on one local date.
     */
    public List<ShowListing> upcoming(UUID movieId, String city, LocalDate date) {
        movies.entity(movieId);
        StringBuilder jpql = new StringBuilder("SELECT s FROM Show s JOIN s.screen sc JOIN sc.theatre t"
                + " WHERE s.movie.id = :movieId AND s.status = :scheduled AND s.startTime > :now");
        if (city != null) {
            jpql.append(" AND LOWER(t.city) = :city");
        }
        if (date != null) {
            jpql.append(" AND s.startTime >= :dayStart AND s.startTime < :dayEnd");
        }
        jpql.append(" ORDER BY s.startTime, t.name, sc.name, s.id");
        TypedQuery<Show> query = em.createQuery(jpql.toString(), Show.class)
                .setParameter("movieId", movieId)
                .setParameter("scheduled", ShowStatus.SCHEDULED)
                .setParameter("now", utc(OffsetDateTime.now(clock)));
        if (city != null) {
            query.setParameter("city", city);
        }
        if (date != null) {
            query.setParameter("dayStart", utc(date.atStartOfDay(businessZone).toOffsetDateTime()));
            query.setParameter("dayEnd", utc(date.plusDays(1).atStartOfDay(businessZone).toOffsetDateTime()));
        }
        List<Show> shows = query.getResultList();
        Map<UUID, Integer> taken = availability.takenSeats(shows.stream().map(Show::id).toList());
        return shows.stream().map(s -> view(s, taken)).toList();
    }

    public ShowListing find(UUID showId) {
        Show show = entity(showId);
        return view(show, availability.takenSeats(List.of(showId)));
    }

    public ShowSeating seating(UUID showId) {
        return seatingOf(entity(showId));
    }

    public ShowFacts facts(UUID showId) {
        Show show = entity(showId);
        var screen = show.screen();
        var theatre = screen.theatre();
        return new ShowFacts(show.id(), show.movie().title(), theatre.name(), theatre.address(), theatre.city(),
                screen.name(), show.startTime().toInstant(), show.status(), theatre.cancellationAvailable());
    }

    /**
     * Locks the show's row until the caller's transaction ends: the database path of seat holds takes its
     * locks one show at a time through this. Nothing else is read under the lock. FOR NO KEY UPDATE, not
     * FOR UPDATE: rows that merely refer to the show (an order, a sold seat, a hold being written) take a key
     * share lock on it, and must not queue behind the seat lock, nor deadlock with a holder who waits for them.
     */
    public void lockForSeating(UUID showId) {
        if (em.createNativeQuery("SELECT 1 FROM shows WHERE show_id = ? FOR NO KEY UPDATE").setParameter(1, showId)
                .getResultList().isEmpty()) {
            throw new NotFound("Show");
        }
    }

    private ShowSeating seatingOf(Show show) {
        return new ShowSeating(show.id(), show.movie().id(), show.status(), show.startTime().toInstant(),
                layouts.of(show.screen()), CatalogListings.prices(show.prices()));
    }

    private ShowListing view(Show show, Map<UUID, Integer> taken) {
        int capacity = layouts.of(show.screen()).capacity();
        return CatalogListings.show(show, Math.max(0, capacity - taken.getOrDefault(show.id(), 0)));
    }

    private Show entity(UUID showId) {
        Show show = em.find(Show.class, showId);
        if (show == null) {
            throw new NotFound("Show");
        }
        return show;
    }

    private static OffsetDateTime utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
