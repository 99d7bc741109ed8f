package com.boxoffice.platform.database;

import org.eclipse.microprofile.config.Config;

/**
 * The connection settings the server's dataSource is configured with. The application reads the same
 * names (environment variable or server variable) to create a missing database before the pool can connect.
 */
record DatabaseSettings(String url, String user, String password) {

    static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/boxoffice";

    static DatabaseSettings from(Config config) {
        return new DatabaseSettings(
                config.getOptionalValue("BOXOFFICE_DB_URL", String.class).orElse(DEFAULT_URL),
                config.getOptionalValue("BOXOFFICE_DB_USER", String.class).orElse("postgres"),
                config.getOptionalValue("BOXOFFICE_DB_PASSWORD", String.class).orElse(""));
    }

    /** The database name in a {@code jdbc:postgresql://host:port/name?params} URL. */
    String databaseName() {
        String rest = url.substring(url.indexOf("//") + 2);
        int slash = rest.indexOf('/');
        if (slash < 0) {
            throw new IllegalStateException("BOXOFFICE_DB_URL names no database: " + url);
        }
        String name = rest.substring(slash + 1);
        int params = name.indexOf('?');
        return params < 0 ? name : name.substring(0, params);
    }

    /** The same server's maintenance database, from which a missing database can be created. */
    String maintenanceUrl() {
        String name = databaseName();
        int at = url.indexOf("/" + name, url.indexOf("//") + 2);
        return url.substring(0, at) + "/postgres" + url.substring(at + 1 + name.length());
    }
}
