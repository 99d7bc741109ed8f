package com.boxoffice.catalog.control;

import com.boxoffice.catalog.entity.Screen;
import com.boxoffice.catalog.entity.Seat;
import com.boxoffice.catalog.entity.ShowStatus;
import com.boxoffice.catalog.entity.Theatre;
import com.boxoffice.platform.error.ApiException;
import com.boxoffice.platform.error.ErrorCode;
import com.boxoffice.platform.error.NotFound;
import com.boxoffice.platform.error.ValidationFailed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Admin changes to theatres and their screens. A screen's layout cannot change while the screen has
 * shows still to come (seats of those shows may be held or sold), and a screen with any shows stays.
 */
@ApplicationScoped
@Transactional
public class TheatreEditor {

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    @Inject
    ScreenLayouts layouts;

    @Inject
    Clock clock;

    public TheatreListing create(TheatreRequest request) {
        Map<String, List<LayoutSeat>> layoutsByScreen = validate(request);
        Theatre theatre = new Theatre(UUID.randomUUID(), request.name().trim(), request.address().trim(),
                request.city().trim(), request.geoLat(), request.geoLng(), cancellation(request));
        for (TheatreRequest.ScreenRequest s : request.screens()) {
            theatre.add(new Screen(UUID.randomUUID(), theatre, s.name().trim(), seats(layoutsByScreen.get(key(s.name())))));
        }
        em.persist(theatre);
        em.flush();
        return CatalogListings.theatre(theatre, layouts);
    }

    public TheatreListing update(UUID theatreId, TheatreRequest request) {
        Theatre theatre = em.find(Theatre.class, theatreId, LockModeType.PESSIMISTIC_WRITE);
        if (theatre == null) {
            throw new NotFound("Theatre");
        }
        Map<String, List<LayoutSeat>> layoutsByScreen = validate(request);
        theatre.update(request.name().trim(), request.address().trim(), request.city().trim(), request.geoLat(),
                request.geoLng(), cancellation(request));

        List<Screen> matches = matches(theatre, request);
        // Names are unique per theatre row by row, so a swap of two names (or a name taken over from a screen
        // removed here) goes through temporary names and removals first.
        for (int i = 0; i < matches.size(); i++) {
            Screen existing = matches.get(i);
            if (existing != null && !existing.name().equals(request.screens().get(i).name().trim())) {
                existing.rename("~" + existing.id());
            }
        }
        for (Screen screen : List.copyOf(theatre.screens())) {
            if (!matches.contains(screen)) {
                if (hasAnyShows(screen)) {
                    throw new ApiException(ErrorCode.SCREEN_HAS_SHOWS, "Screen " + screen.name()
                            + " has shows and cannot be removed");
                }
                theatre.remove(screen);
            }
        }
        em.flush();
        for (int i = 0; i < request.screens().size(); i++) {
            TheatreRequest.ScreenRequest s = request.screens().get(i);
            List<LayoutSeat> seats = layoutsByScreen.get(key(s.name()));
            Screen existing = matches.get(i);
            if (existing == null) {
                theatre.add(new Screen(UUID.randomUUID(), theatre, s.name().trim(), seats(seats)));
                continue;
            }
            existing.rename(s.name().trim());
            if (!layouts.of(existing).seats().equals(ScreenLayout.of(existing.id(), seats).seats())) {
                if (hasUpcomingShows(existing)) {
                    throw new ApiException(ErrorCode.SCREEN_HAS_SHOWS, "Screen " + existing.name()
                            + " has shows to come; its layout cannot change until they are over or cancelled");
                }
                existing.replaceSeats(seats(seats));
            }
        }
        em.flush();
        return CatalogListings.theatre(theatre, layouts);
    }

    /** The existing screen each requested screen is (by id, or else by name), null for a new one; each at most once. */
    private static List<Screen> matches(Theatre theatre, TheatreRequest request) {
        List<Screen> matches = new ArrayList<>();
        for (int i = 0; i < request.screens().size(); i++) {
            Screen existing = match(theatre, request.screens().get(i), i);
            int earlier = existing == null ? -1 : matches.indexOf(existing);
            if (earlier >= 0) {
                throw new ValidationFailed("screens[" + i + "]", "is the same screen as screens[" + earlier + "]");
            }
            matches.add(existing);
        }
        return matches;
    }

    private static Screen match(Theatre theatre, TheatreRequest.ScreenRequest request, int index) {
        for (Screen screen : theatre.screens()) {
            if (request.screenId() != null ? screen.id().equals(request.screenId())
                    : key(screen.name()).equals(key(request.name()))) {
                return screen;
            }
        }
        if (request.screenId() != null) {
            throw new ValidationFailed("screens[" + index + "].screenId", "is not a screen of this theatre");
        }
        return null;
    }

    /** Every problem of every screen at once, and the seats of each screen by its name. */
    private static Map<String, List<LayoutSeat>> validate(TheatreRequest request) {
        Map<String, Object> problems = new LinkedHashMap<>();
        Map<String, List<LayoutSeat>> byName = new LinkedHashMap<>();
        for (int i = 0; i < request.screens().size(); i++) {
            TheatreRequest.ScreenRequest screen = request.screens().get(i);
            String field = "screens[" + i + "]";
            List<LayoutSeat> seats = LayoutRules.seats(screen.layout(), field + ".layout", problems);
            if (seats.isEmpty()) {
                problems.putIfAbsent(field + ".layout", "a screen needs at least one seat");
            }
            if (byName.put(key(screen.name()), seats) != null) {
                problems.put(field + ".name", "two screens of one theatre cannot share a name");
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailed(problems);
        }
        return byName;
    }

    private boolean hasUpcomingShows(Screen screen) {
        return em.createQuery("SELECT COUNT(s) FROM Show s WHERE s.screen = :screen AND s.status = :scheduled"
                        + " AND s.endTime > :now", Long.class)
                .setParameter("screen", screen)
                .setParameter("scheduled", ShowStatus.SCHEDULED)
                .setParameter("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .getSingleResult() > 0;
    }

    private boolean hasAnyShows(Screen screen) {
        return em.createQuery("SELECT COUNT(s) FROM Show s WHERE s.screen = :screen", Long.class)
                .setParameter("screen", screen).getSingleResult() > 0;
    }

    private static List<Seat> seats(List<LayoutSeat> layout) {
        List<Seat> seats = new ArrayList<>(layout.size());
        layout.forEach(s -> seats.add(new Seat(s.seatId(), s.row(), s.rowIndex(), s.number(), s.category())));
        return seats;
    }

    private static boolean cancellation(TheatreRequest request) {
        return request.cancellationAvailable() == null || request.cancellationAvailable();
    }

    private static String key(String screenName) {
        return screenName.trim().toLowerCase(Locale.ROOT);
    }
}
