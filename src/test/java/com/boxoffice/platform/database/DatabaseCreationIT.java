package com.boxoffice.platform.database;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.support.Deployments;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A fresh machine has no database of the configured name: the service creates it. */
@ExtendWith(ArquillianExtension.class)
class DatabaseCreationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(DatabaseCreationIT.class);
    }

    @Test
    void aMissingDatabaseIsRecognisedAndCreated() throws SQLException {
        String name = "boxoffice_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + "_test";
        DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://localhost:5432/" + name + "?connectTimeout=5",
                "postgres", "");
        SQLException missing = null;
        try (Connection ignored = new org.postgresql.Driver().connect(settings.url(), credentials())) {
            // not expected
        } catch (SQLException e) {
            missing = e;
        }
        assertTrue(missing != null && DatabaseCreator.isMissingDatabase(missing));

        DatabaseCreator.create(settings);
        DatabaseCreator.create(settings); // a second instance racing to create it is harmless
        try (Connection connection = new org.postgresql.Driver().connect(settings.url(), credentials())) {
            assertTrue(connection.isValid(2));
        } finally {
            try (Connection admin = new org.postgresql.Driver().connect(settings.maintenanceUrl(), credentials());
                 Statement drop = admin.createStatement()) {
                drop.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
        assertFalse(DatabaseCreator.isMissingDatabase(new SQLException("other", "08001")));
    }

    private static java.util.Properties credentials() {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user", "postgres");
        properties.setProperty("password", "");
        return properties;
    }
}
