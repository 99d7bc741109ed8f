package com.boxoffice.platform.error;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Failures that say "not now" rather than "never": the database restarting or unreachable, no pooled
 * connection free in time, a lock not granted within its timeout, a deadlock victim. Their transaction
 * rolled back, so the client may simply try again: 503 with Retry-After, not a 500.
 */
final class TransientFailures {

    /** PostgreSQL SQLSTATEs: lock_not_available, serialization_failure, deadlock_detected, query_canceled. */
    private static final Set<String> RETRYABLE_STATES = Set.of("55P03", "40001", "40P01", "57014");

    private TransientFailures() {
    }

    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof LockTimeoutException
                    || t instanceof PessimisticLockException || t instanceof QueryTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && isRetryableState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Class 08: connection exception; 53: insufficient resources; 57P: the server is shutting down or starting. */
    private static boolean isRetryableState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")
                || RETRYABLE_STATES.contains(state));
    }
}
