package com.boxoffice.platform.database;

import java.sql.SQLException;

/** Reads PostgreSQL's SQLSTATE out of whatever wrapped it (JPA, JTA), for the constraints we rely on. */
public final class SqlErrors {

    public static final String UNIQUE_VIOLATION = "23505";
    public static final String FOREIGN_KEY_VIOLATION = "23503";
    public static final String EXCLUSION_VIOLATION = "23P01";
    /** A lock was not granted within lock_timeout. */
    public static final String LOCK_NOT_AVAILABLE = "55P03";

    private SqlErrors() {
    }

    public static boolean is(Throwable e, String sqlState) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (sqlState.equals(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
