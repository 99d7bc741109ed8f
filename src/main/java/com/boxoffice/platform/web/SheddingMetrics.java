package com.boxoffice.platform.web;

import com.netflix.concurrency.limits.limiter.AbstractLimiter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/** Overload figures on /metrics: requests shed, and the concurrency limit with what is in flight under it. */
@ApplicationScoped
public class SheddingMetrics {

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    private Counter shed;

    @PostConstruct
    void register() {
        shed = registry.counter(Metadata.builder().withName("requests.shed")
                .withDescription("API requests answered 503 at once because the service was at its concurrency limit")
                .build());
    }

    void watch(AbstractLimiter<?> limiter) {
        registry.gauge(Metadata.builder().withName("requests.limit")
                .withDescription("The adaptive limit of API requests in flight").build(), limiter, AbstractLimiter::getLimit);
        registry.gauge(Metadata.builder().withName("requests.inflight")
                .withDescription("API requests in flight under the limit").build(), limiter, AbstractLimiter::getInflight);
    }

    void shed() {
        shed.inc();
    }
}
