package com.boxoffice.catalog.control;

import com.boxoffice.catalog.entity.Screen;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Seat layouts by screen, built once per layout version: the one thing about seats that is safe to cache.
 * A replaced layout bumps the screen's version in the database, so every instance rebuilds it.
 */
@ApplicationScoped
public class ScreenLayouts {

    private record Cached(int version, ScreenLayout layout) {
    }

    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

    public ScreenLayout of(Screen screen) {
        Cached cached = cache.get(screen.id());
        if (cached != null && cached.version() == screen.layoutVersion()) {
            return cached.layout();
        }
        ScreenLayout layout = ScreenLayout.of(screen.id(), screen.seats().stream()
                .map(seat -> new LayoutSeat(seat.seatId(), seat.rowLabel(), seat.rowIndex(), seat.number(),
                        seat.category()))
                .toList());
        cache.put(screen.id(), new Cached(screen.layoutVersion(), layout));
        return layout;
    }
}
