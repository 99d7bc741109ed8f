package com.boxoffice.seating.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/** The application's seat-hold figures on /metrics. */
@ApplicationScoped
public class HoldMetrics {

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    /** Registers every figure at start-up so that dashboards see zeros rather than gaps. */
    void register(@jakarta.enterprise.event.Observes com.boxoffice.platform.database.SchemaReady ready,
                  LockRouter router) {
        for (LockBackend backend : LockBackend.values()) {
            counter("holds.created", backend);
            counter("holds.conflicted", backend);
        }
        registry.counter("holds.released");
        registry.counter("holds.expired");
        registry.counter("seatlocks.fallbacks");
        timer();
        watch(router);
    }

    public void created(LockBackend backend, Duration took) {
        counter("holds.created", backend).inc();
        timer().update(took);
    }

    public void conflicted(LockBackend backend) {
        counter("holds.conflicted", backend).inc();
    }

    public void released() {
        registry.counter("holds.released").inc();
    }

    public void expired(long count) {
        registry.counter("holds.expired").inc(count);
    }

    public void fellBack() {
        registry.counter("seatlocks.fallbacks").inc();
    }

    public void watch(LockRouter router) {
        registry.gauge("seatlocks.backend.redis", router, r -> r.current() == LockBackend.REDIS ? 1 : 0);
    }

    private Counter counter(String name, LockBackend backend) {
        return registry.counter(name, new org.eclipse.microprofile.metrics.Tag("backend", backend.name().toLowerCase()));
    }

    private Timer timer() {
        return registry.timer("holds.latency");
    }
}
