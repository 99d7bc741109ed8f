package com.boxoffice.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void findsTheDatabaseNameAndTheMaintenanceDatabaseOfTheSameServer() {
        DatabaseSettings plain = new DatabaseSettings("jdbc:postgresql://localhost:5432/boxoffice", "u", "p");
        assertEquals("boxoffice", plain.databaseName());
        assertEquals("jdbc:postgresql://localhost:5432/postgres", plain.maintenanceUrl());

        DatabaseSettings withParams = new DatabaseSettings("jdbc:postgresql://db.internal/boxoffice?ssl=true", "u", "p");
        assertEquals("boxoffice", withParams.databaseName());
        assertEquals("jdbc:postgresql://db.internal/postgres?ssl=true", withParams.maintenanceUrl());
    }
}
