package com.boxoffice.seating.control;

import com.boxoffice.platform.database.SchemaReady;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The application's seat-hold figures on /metrics, registered at start-up (dashboards see zeros rather
 * than gaps) and kept at hand, so that counting on the hot path is no registry lookup.
 */
@ApplicationScoped
public class HoldMetrics {

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    private final Map<LockBackend, Counter> created = new EnumMap<>(LockBackend.class);
    private final Map<LockBackend, Counter> conflicted = new EnumMap<>(LockBackend.class);
    private Counter released;
    private Counter expired;
    private Counter fallbacks;
    private Timer latency;

    @PostConstruct
    void register() {
        for (LockBackend backend : LockBackend.values()) {
            Tag tag = new Tag("backend", backend.name().toLowerCase());
            created.put(backend, registry.counter(described("holds.created",
                    "Holds granted, by the seat-lock backend that took the seats"), tag));
            conflicted.put(backend, registry.counter(described("holds.conflicted",
                    "Holds refused because a seat was held by someone else or sold"), tag));
        }
        released = registry.counter(described("holds.released", "Holds released by their customer or replaced"));
        expired = registry.counter(described("holds.expired", "Holds whose time ran out, as the sweeper marks them"));
        fallbacks = registry.counter(described("seatlocks.fallbacks",
                "Times this instance moved seat locks to PostgreSQL because Redis was unreachable"));
        latency = registry.timer(Metadata.builder().withName("holds.latency")
                .withDescription("Time to grant a hold, from the request reaching the service to the seats being held")
                .withUnit(MetricUnits.SECONDS).build());
    }

    private static Metadata described(String name, String help) {
        return Metadata.builder().withName(name).withDescription(help).build();
    }

    /** Created at start-up rather than on the first hold, with the gauge of the backend in use. */
    void watch(@Observes SchemaReady ready, SeatLocks locks) {
        registry.gauge(described("seatlocks.backend.redis", "1 while seat locks are taken in Redis, 0 while on PostgreSQL"),
                locks, l -> l.backend() == LockBackend.REDIS ? 1 : 0);
    }

    public void created(LockBackend backend, Duration took) {
        created.get(backend).inc();
        latency.update(took);
    }

    public void conflicted(LockBackend backend) {
        conflicted.get(backend).inc();
    }

    public void released() {
        released.inc();
    }

    public void expired(long count) {
        expired.inc(count);
    }

    public void fellBack() {
        fallbacks.inc();
    }
}
