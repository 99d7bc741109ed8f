package com.boxoffice.catalog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Show seating for the hot paths (every hold and seat map reads it), kept a few seconds: reading the
 * show, its screen and prices through JPA was the largest cost of a hold. What may change meanwhile is
 * the status; a cancellation on this instance evicts at once, elsewhere it shows within the cache time,
 * and orders re-check the show in their own transaction.
 */
@ApplicationScoped
public class ShowSeatings {

    private record Entry(ShowSeating seating, long loadedAt) {
    }

    @Inject
    ShowCatalog shows;

    @Inject
    @ConfigProperty(name = "boxoffice.show.cache-seconds", defaultValue = "5")
    long cacheSeconds;

    private final Map<UUID, Entry> cache = new ConcurrentHashMap<>();

    public ShowSeating of(UUID showId) {
        long now = System.nanoTime();
        Entry entry = cache.get(showId);
        if (entry != null && now - entry.loadedAt() < cacheSeconds * 1_000_000_000L) {
            return entry.seating();
        }
        ShowSeating seating = shows.seating(showId);
        cache.put(showId, new Entry(seating, now));
        return seating;
    }

    void onCancelled(@Observes(during = TransactionPhase.AFTER_SUCCESS) ShowCancelled cancelled) {
        cache.remove(cancelled.showId());
    }
}
