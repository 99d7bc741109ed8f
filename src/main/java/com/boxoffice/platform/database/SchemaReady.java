package com.boxoffice.platform.database;

/** Fired once the database exists and its schema is migrated; start-up work that needs tables observes it. */
public record SchemaReady() {
}
