package com.boxoffice.seating.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Always ready (holds fall back to PostgreSQL), but says which backend takes seat locks now. */
@Readiness
@ApplicationScoped
public class SeatLocksHealth implements HealthCheck {

    @Inject
    SeatLocks locks;

    @Override
    public HealthCheckResponse call() {
        LockBackend backend = locks.backend();
        return HealthCheckResponse.named("seat-locks").up()
                .withData("backend", backend.name())
                .withData("redis", backend == LockBackend.REDIS ? "reachable" : "unreachable, using PostgreSQL")
                .build();
    }
}
