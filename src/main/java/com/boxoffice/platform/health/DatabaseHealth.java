package com.boxoffice.platform.health;

import com.boxoffice.platform.database.DatabaseBootstrap;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when PostgreSQL answers and the schema is migrated: without it nothing can be sold. */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "jdbc/boxoffice")
    DataSource dataSource;

    @Inject
    DatabaseBootstrap bootstrap;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database").withData("schemaMigrated", bootstrap.isReady());
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(TIMEOUT_SECONDS);
            return response.status(valid && bootstrap.isReady()).build();
        } catch (Exception e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
