package com.boxoffice.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Dead only when a restart would help: threads stuck in a deadlock. Dependencies are deliberately not
 * checked here, since restarting the server would not bring PostgreSQL or Redis back.
 */
@Liveness
@ApplicationScoped
public class LivenessHealth implements HealthCheck {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @Override
    public HealthCheckResponse call() {
        long[] deadlocked = threads.findDeadlockedThreads();
        return HealthCheckResponse.named("threads")
                .status(deadlocked == null)
                .withData("deadlocked", deadlocked == null ? 0 : deadlocked.length)
                .build();
    }
}
