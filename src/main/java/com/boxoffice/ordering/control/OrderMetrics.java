package com.boxoffice.ordering.control;

import jakarta.annotation.PostConstruct;
import com.boxoffice.platform.database.SchemaReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/** Order and payment figures on /metrics. */
@ApplicationScoped
public class OrderMetrics {

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    private Counter created;
    private Counter confirmed;
    private Counter declined;
    private Counter expired;
    private Counter failed;
    private Counter cancelled;
    private Counter refunds;
    private Timer paymentLatency;

    @PostConstruct
    void register() {
        created = registry.counter("orders.created");
        confirmed = registry.counter("orders.confirmed");
        declined = registry.counter("orders.declined");
        expired = registry.counter("orders.expired");
        failed = registry.counter("orders.failed");
        cancelled = registry.counter("orders.cancelled");
        refunds = registry.counter("payments.refunds");
        paymentLatency = registry.timer("payments.latency");
    }

    /** Registered at start-up, so dashboards see zeros rather than gaps. */
    void start(@Observes SchemaReady ready) {
        created.getCount();
    }

    void created() {
        created.inc();
    }

    void confirmed() {
        confirmed.inc();
    }

    void declined() {
        declined.inc();
    }

    void expired(long count) {
        expired.inc(count);
    }

    void failed() {
        failed.inc();
    }

    void cancelled(long count) {
        cancelled.inc(count);
    }

    void refunded() {
        refunds.inc();
    }

    void paid(Duration took) {
        paymentLatency.update(took);
    }
}
