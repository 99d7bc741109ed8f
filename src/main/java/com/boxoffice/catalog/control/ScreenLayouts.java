package com.boxoffice.catalog.control;

import com.boxoffice.catalog.entity.Screen;
import com.boxoffice.platform.error.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Seat layouts by screen, read once: a screen's layout does not change while it has shows, so this is
 * the one thing about seats that is safe to cache.
 */
@ApplicationScoped
public class ScreenLayouts {

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    private final Map<UUID, ScreenLayout> cache = new ConcurrentHashMap<>();

    public ScreenLayout of(UUID screenId) {
        ScreenLayout cached = cache.get(screenId);
        if (cached != null) {
            return cached;
        }
        ScreenLayout loaded = load(screenId);
        cache.put(screenId, loaded);
        return loaded;
    }

    /** Called when a screen's layout is replaced. */
    public void forget(UUID screenId) {
        cache.remove(screenId);
    }

    private ScreenLayout load(UUID screenId) {
        Screen screen = em.find(Screen.class, screenId);
        if (screen == null) {
            throw new NotFound("Screen");
        }
        return ScreenLayout.of(screenId, screen.seats().stream()
                .map(seat -> new LayoutSeat(seat.seatId(), seat.rowLabel(), seat.rowIndex(), seat.number(),
                        seat.category()))
                .toList());
    }
}
