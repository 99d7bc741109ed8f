package com.boxoffice.ordering.control;

import com.boxoffice.platform.database.SqlErrors;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The idempotency_keys table. A key is claimed and answered in the transactions of the request it guards
 * ({@link #claimInTransaction}); what is left for a request that failed commits on its own.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class IdempotencyKeys {

    /** What a request found under its key. */
    public sealed interface Claim permits Claimed, Replay, Mismatch, Running {
    }

    /** The key is this request's: run it. */
    public record Claimed() implements Claim {
    }

    /** A request with this key finished: answer what it answered. */
    public record Replay(int status, String body, String location) implements Claim {
    }

    /** The key was used for a different request. */
    public record Mismatch() implements Claim {
    }

    /** A request with this key is running. */
    public record Running() implements Claim {
    }

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "boxoffice.idempotency.retention-hours", defaultValue = "24")
    long retentionHours;

    /**
     * Claims the key for a request, unless another request holds it. A claim whose request did not finish
     * within {@code leaseSeconds} (its server stopped) may be taken over: the guarded operations check
     * their own state, so running one again is safe.
     */
    private Claim claim(UUID userId, String key, String fingerprint, long leaseSeconds) {
        int inserted = em.createNativeQuery("INSERT INTO idempotency_keys (user_id, idempotency_key, fingerprint, status,"
                        + " locked_until) VALUES (?, ?, ?, 'IN_PROGRESS', clock_timestamp() + ? * interval '1 second')"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, userId).setParameter(2, key).setParameter(3, fingerprint).setParameter(4, leaseSeconds)
                .executeUpdate();
        if (inserted == 1) {
            return new Claimed();
        }
        List<?> rows = em.createNativeQuery("SELECT fingerprint, status, response_status, response_body, response_location,"
                        + " locked_until < clock_timestamp() FROM idempotency_keys WHERE user_id = ? AND idempotency_key = ?"
                        + " FOR UPDATE")
                .setParameter(1, userId).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            return new Running(); // purged a moment ago; the caller tries again
        }
        Object[] row = (Object[]) rows.get(0);
        if (!fingerprint.equals(row[0])) {
            return new Mismatch();
        }
        if ("COMPLETE".equals(row[1])) {
            return new Replay(((Number) row[2]).intValue(), (String) row[3], (String) row[4]);
        }
        if (Boolean.TRUE.equals(row[5])) {
            em.createNativeQuery("UPDATE idempotency_keys SET locked_until = clock_timestamp() + ? * interval '1 second'"
                            + " WHERE user_id = ? AND idempotency_key = ?")
                    .setParameter(1, leaseSeconds).setParameter(2, userId).setParameter(3, key).executeUpdate();
            return new Claimed();
        }
        return new Running();
    }

    /**
     * In the caller's transaction, which will also make the guarded change and store its answer: claims the key.
     * A transaction that claimed it first and is still running makes the claim wait (the key is unique) until it
     * ends, at most {@code wait}: no polling, and the answer it committed is replayed at once.
     *
     * @throws RequestInProgress when that transaction is still running at the deadline
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Claim claimInTransaction(UUID userId, String key, String fingerprint, long leaseSeconds, Duration wait) {
        em.createNativeQuery("SELECT set_config('lock_timeout', ?, true)").setParameter(1, wait.toMillis() + "ms")
                .getSingleResult();
        Claim claim;
        try {
            claim = claim(userId, key, fingerprint, leaseSeconds);
        } catch (PersistenceException e) {
            if (SqlErrors.is(e, SqlErrors.LOCK_NOT_AVAILABLE)) {
                throw new RequestInProgress("A request with this Idempotency-Key is in progress");
            }
            throw e;
        }
        em.createNativeQuery("SELECT set_config('lock_timeout', reset_val, true) FROM pg_settings WHERE name = 'lock_timeout'")
                .getSingleResult();
        return claim;
    }

    /** The answer of a request claimed with {@link #claimInTransaction}, committed with its change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void completeInTransaction(UUID userId, String key, int status, String body, String location) {
        em.createNativeQuery("UPDATE idempotency_keys SET status = 'COMPLETE', response_status = ?, response_body = ?,"
                        + " response_location = ?, locked_until = NULL WHERE user_id = ? AND idempotency_key = ?")
                .setParameter(1, status).setParameter(2, body).setParameter(3, location)
                .setParameter(4, userId).setParameter(5, key).executeUpdate();
    }

    /** A request claimed with {@link #claimInTransaction} ends with no answer to keep: the key is free again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseInTransaction(UUID userId, String key) {
        release(userId, key);
    }

    /** Runs {@code undo} if the current transaction rolls back (what a {@link RequestKey} believes follows it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void whenRolledBack(Runnable undo) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    undo.run();
                }
            }
        });
    }

    /** A key for a request of several transactions, claimed and answered in them ({@link RequestKey}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> RequestKey<T> requestKey(UUID userId, String key, String fingerprint, Duration wait, Function<T, Object> view) {
        return new RequestKey<>(this, userId, key, fingerprint, wait, view);
    }

    /**
     * A refusal stored on its own so that a retry is answered the same: of a request whose transaction (and claim)
     * rolled back, unless a request took the key meanwhile; or, {@code overOwnClaim}, of a request whose claim
     * committed in an earlier transaction of its own and is still there.
     */
    public void storeRefusal(UUID userId, String key, String fingerprint, int status, String body, boolean overOwnClaim) {
        em.createNativeQuery("INSERT INTO idempotency_keys (user_id, idempotency_key, fingerprint, status, response_status,"
                        + " response_body) VALUES (?, ?, ?, 'COMPLETE', ?, ?) ON CONFLICT (user_id, idempotency_key) DO UPDATE"
                        + " SET status = 'COMPLETE', response_status = EXCLUDED.response_status, response_body ="
                        + " EXCLUDED.response_body, locked_until = NULL WHERE idempotency_keys.status = 'IN_PROGRESS'"
                        + " AND idempotency_keys.fingerprint = EXCLUDED.fingerprint AND ?")
                .setParameter(1, userId).setParameter(2, key).setParameter(3, fingerprint).setParameter(4, status)
                .setParameter(5, body).setParameter(6, overOwnClaim).executeUpdate();
    }

    /** The request failed in a way worth retrying (a server error): the key is free again. */
    public void release(UUID userId, String key) {
        em.createNativeQuery("DELETE FROM idempotency_keys WHERE user_id = ? AND idempotency_key = ? AND status = 'IN_PROGRESS'")
                .setParameter(1, userId).setParameter(2, key).executeUpdate();
    }

    public int purge() {
        return em.createNativeQuery("DELETE FROM idempotency_keys WHERE created_at < now() - ? * interval '1 hour'")
                .setParameter(1, retentionHours).executeUpdate();
    }
}
