package com.boxoffice.ordering.control;

import jakarta.annotation.PostConstruct;
import com.boxoffice.platform.database.SchemaReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
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
        created = registry.counter(described("orders.created", "Orders made from a hold, waiting for payment"));
        confirmed = registry.counter(described("orders.confirmed", "Orders paid and confirmed, tickets issued"));
        declined = registry.counter(described("orders.declined", "Payments the provider declined"));
        expired = registry.counter(described("orders.expired", "Orders whose hold ran out before they were paid"));
        failed = registry.counter(described("orders.failed",
                "Orders that could not be completed after the money moved (refunded)"));
        cancelled = registry.counter(described("orders.cancelled", "Confirmed orders cancelled (by the customer or"
                + " with their show)"));
        refunds = registry.counter(described("payments.refunds", "Refunds the provider confirmed"));
        paymentLatency = registry.timer(Metadata.builder().withName("payments.latency")
                .withDescription("Time to take a payment and confirm the order, provider calls included")
                .withUnit(MetricUnits.SECONDS).build());
    }

    private static Metadata described(String name, String help) {
        return Metadata.builder().withName(name).withDescription(help).build();
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
