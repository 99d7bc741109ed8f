package com.boxoffice.notification.control;

import com.boxoffice.platform.database.SchemaReady;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/** Email figures on /metrics, registered at start-up so that dashboards see zeros rather than gaps. */
@ApplicationScoped
public class NotificationMetrics {

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    private Counter sent;
    private Counter retried;
    private Counter failed;

    @PostConstruct
    void register() {
        sent = registry.counter(described("notifications.sent", "Customer emails sent"));
        retried = registry.counter(described("notifications.retried",
                "Email attempts that failed and will be tried again"));
        failed = registry.counter(described("notifications.failed",
                "Emails given up after the last attempt (an admin may retry them)"));
    }

    void start(@Observes SchemaReady ready) {
        sent.getCount();
    }

    void sent() {
        sent.inc();
    }

    void attemptFailed(boolean last) {
        (last ? failed : retried).inc();
    }

    private static Metadata described(String name, String help) {
        return Metadata.builder().withName(name).withDescription(help).build();
    }
}
