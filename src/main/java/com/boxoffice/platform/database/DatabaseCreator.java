package com.boxoffice.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/** Creates the configured database when the server has none of that name (a fresh machine). */
final class DatabaseCreator {

    private static final Logger LOG = Logger.getLogger(DatabaseCreator.class.getName());
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
    private static final String UNDEFINED_DATABASE = "3D000";
    private static final String DUPLICATE_DATABASE = "42P04";

    private DatabaseCreator() {
    }

    static boolean isMissingDatabase(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNDEFINED_DATABASE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static void create(DatabaseSettings settings) throws SQLException {
        String name = settings.databaseName();
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalStateException("Will not create a database with the name '" + name + "'");
        }
        Properties credentials = new Properties();
        credentials.setProperty("user", settings.user());
        credentials.setProperty("password", settings.password());
        try (Connection connection = new org.postgresql.Driver().connect(settings.maintenanceUrl(), credentials);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE \"" + name + "\"");
            LOG.info("Created database " + name);
        } catch (SQLException e) {
            if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                throw e;
            }
            // Another instance created it at the same moment.
        }
    }
}
