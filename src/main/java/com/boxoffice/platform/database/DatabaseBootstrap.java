package com.boxoffice.platform.database;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.flywaydb.core.Flyway;

/**
 * Brings the database up to date at start-up: creates it when missing, migrates the schema with Flyway,
 * then announces {@link SchemaReady}. When PostgreSQL is not reachable yet, the application still starts
 * (not ready) and keeps trying in the background.
 */
@ApplicationScoped
public class DatabaseBootstrap {

    private static final Logger LOG = Logger.getLogger(DatabaseBootstrap.class.getName());
    private static final long RETRY_SECONDS = 5;

    @Resource(lookup = "jdbc/boxoffice")
    DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    Config config;

    @Inject
    Event<SchemaReady> schemaReady;

    private volatile boolean ready;
    private volatile ScheduledFuture<?> retry;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!tryToPrepare()) {
            retry = scheduler.scheduleWithFixedDelay(this::retryUntilPrepared, RETRY_SECONDS, RETRY_SECONDS,
                    TimeUnit.SECONDS);
        }
    }

    public boolean isReady() {
        return ready;
    }

    private void retryUntilPrepared() {
        if (!ready && tryToPrepare() && retry != null) {
            retry.cancel(false);
        }
    }

    private synchronized boolean tryToPrepare() {
        if (ready) {
            return true;
        }
        try {
            ensureDatabaseExists();
            var result = Flyway.configure(DatabaseBootstrap.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            LOG.info("Database schema at version " + result.targetSchemaVersion
                    + " (" + result.migrationsExecuted + " migrations applied now)");
            schemaReady.fire(new SchemaReady());
            ready = true;
            return true;
        } catch (RuntimeException | SQLException e) {
            LOG.log(Level.WARNING, "Database not ready yet, retrying in " + RETRY_SECONDS + " s: " + e.getMessage(), e);
            return false;
        }
    }

    private void ensureDatabaseExists() throws SQLException {
        try (Connection ignored = dataSource.getConnection()) {
            return;
        } catch (SQLException e) {
            if (!DatabaseCreator.isMissingDatabase(e)) {
                throw e;
            }
        }
        DatabaseCreator.create(DatabaseSettings.from(config));
    }

    @PreDestroy
    void stopRetrying() {
        if (retry != null) {
            retry.cancel(false);
        }
    }
}
