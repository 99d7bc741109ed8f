package com.boxoffice.catalog.control;

import com.boxoffice.catalog.entity.Movie;
import com.boxoffice.catalog.entity.Screen;
import com.boxoffice.catalog.entity.SeatCategory;
import com.boxoffice.catalog.entity.Show;
import com.boxoffice.catalog.entity.ShowStatus;
import com.boxoffice.platform.Money;
import com.boxoffice.platform.database.SqlErrors;
import com.boxoffice.platform.error.ApiException;
import com.boxoffice.platform.error.ErrorCode;
import com.boxoffice.platform.error.NotFound;
import com.boxoffice.platform.error.ValidationFailed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Admin scheduling: new shows (never overlapping on a screen) and cancellations. */
@ApplicationScoped
@Transactional
public class ShowScheduler {

    /** Cleaning and letting the next audience in. */
    static final int TURNAROUND_MINS = 20;
    /** How far ahead a show may be put on sale: two years covers any real schedule, and keeps dates sane. */
    static final Duration BOOKING_HORIZON = Duration.ofDays(730);

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    @Inject
    ShowCatalog catalog;

    @Inject
    ScreenLayouts layouts;

    @Inject
    Event<ShowCancelled> cancellations;

    @Inject
    Clock clock;

    public ShowListing schedule(ShowRequest request) {
        Map<String, Object> problems = new LinkedHashMap<>();
        Movie movie = em.find(Movie.class, request.movieId(), LockModeType.PESSIMISTIC_READ); // its running time holds
        if (movie == null) {
            problems.put("movieId", "no such movie");
        }
        Screen screen = lockedScreen(request.screenId());
        if (screen == null) {
            problems.put("screenId", "no such screen");
        }
        OffsetDateTime start = request.startTime().withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        if (!start.toInstant().isAfter(clock.instant())) {
            problems.put("startTime", "must be in the future");
        } else if (start.toInstant().isAfter(clock.instant().plus(BOOKING_HORIZON))) {
            problems.put("startTime", "must be within " + BOOKING_HORIZON.toDays() + " days from now");
        }
        Map<SeatCategory, BigDecimal> prices = screen == null ? Map.of()
                : prices(request.prices(), layouts.of(screen).categories(), problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailed(problems);
        }
        OffsetDateTime end = start.plusMinutes(movie.durationMins() + TURNAROUND_MINS);
        List<UUID> clashes = em.createQuery("SELECT s.id FROM Show s WHERE s.screen = :screen AND s.status = :scheduled"
                        + " AND s.startTime < :end AND s.endTime > :start ORDER BY s.startTime", UUID.class)
                .setParameter("screen", screen)
                .setParameter("scheduled", ShowStatus.SCHEDULED)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList();
        if (!clashes.isEmpty()) {
            throw overlap(clashes);
        }
        Show show = new Show(UUID.randomUUID(), movie, screen, start, end, prices);
        try {
            em.persist(show);
            em.flush();
        } catch (PersistenceException e) {
            if (SqlErrors.is(e, SqlErrors.EXCLUSION_VIOLATION)) {
                throw overlap(List.of()); // another admin took the slot a moment ago; the database decided
            }
            throw e;
        }
        return catalog.find(show.id());
    }

    /**
     * The screen as it is once its theatre is share-locked: a change of the theatre's screens (which locks it
     * for update) has either committed, and its layout is what the prices are checked against, or waits until
     * this show is scheduled, and then sees it (a screen with shows keeps its layout and is not removed).
     */
    private Screen lockedScreen(UUID screenId) {
        List<?> theatre = em.createNativeQuery("SELECT theatre_id FROM screens WHERE screen_id = ?")
                .setParameter(1, screenId).getResultList();
        if (theatre.isEmpty() || em.createNativeQuery("SELECT 1 FROM theatres WHERE theatre_id = ? FOR SHARE")
                .setParameter(1, theatre.get(0)).getResultList().isEmpty()) {
            return null;
        }
        return em.find(Screen.class, screenId);
    }

    /** Cancelling twice is harmless: the second call answers the cancelled show. */
    public ShowListing cancel(UUID showId, String adminId) {
        Show show = em.find(Show.class, showId, LockModeType.PESSIMISTIC_WRITE);
        if (show == null) {
            throw new NotFound("Show");
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        if (show.cancel(now)) {
            em.flush();
            cancellations.fire(new ShowCancelled(showId, now.toInstant(), adminId));
        }
        return catalog.find(showId);
    }

    private static Map<SeatCategory, BigDecimal> prices(Map<String, BigDecimal> given, Set<SeatCategory> needed,
                                                       Map<String, Object> problems) {
        Map<SeatCategory, BigDecimal> prices = new EnumMap<>(SeatCategory.class);
        Set<SeatCategory> named = EnumSet.noneOf(SeatCategory.class);
        given.forEach((name, price) -> {
            SeatCategory category = LayoutRules.category(name, "prices." + name, problems);
            if (category != null && !named.add(category)) {
                problems.put("prices." + name, "names " + category + " a second time");
            } else if (category != null && !needed.contains(category)) {
                problems.put("prices." + name, "this screen has no " + category + " seats");
            } else if (category != null && price != null) {
                prices.put(category, Money.rounded(price));
            }
        });
        for (SeatCategory category : needed) {
            if (!prices.containsKey(category) && !problems.containsKey("prices." + category.name())) {
                problems.put("prices." + category.name(), "a price is needed for every seat category of the screen");
            }
        }
        return prices;
    }

    private static ApiException overlap(List<UUID> clashes) {
        return new ApiException(ErrorCode.SHOW_OVERLAPS, "The screen already has a show at that time",
                Map.of("conflictingShowIds", clashes.stream().map(UUID::toString).toList()));
    }
}
