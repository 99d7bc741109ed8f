package com.boxoffice.platform.health;

import com.boxoffice.platform.database.DatabaseBootstrap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/** Started once the schema has been migrated and the start-up data is in place. */
@Startup
@ApplicationScoped
public class StartupHealth implements HealthCheck {

    @Inject
    DatabaseBootstrap bootstrap;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("schema").status(bootstrap.isReady()).build();
    }
}
