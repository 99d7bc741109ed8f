package com.boxoffice.ordering.control;

import com.boxoffice.platform.error.ApiException;
import com.boxoffice.platform.error.ErrorBody;
import com.boxoffice.platform.error.ErrorCode;
import com.boxoffice.platform.web.JsonbSettings;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;

/**
 * A request's {@code Idempotency-Key} for a request of several transactions (a payment: the provider is called
 * between them). The key is claimed in the request's first transaction and its answer stored in the one that
 * decides it, so the key costs no transaction of its own. {@link #none()} for a request without a key.
 *
 * @param <T> what the request answers when it succeeds
 */
public final class RequestKey<T> {

    /** How long a claim whose request never finished (its server stopped) keeps the key from others. */
    public static final long LEASE_SECONDS = 120;

    /** The key was answered before: the request answers that again. */
    public static final class AnsweredBefore extends RuntimeException {

        private final transient IdempotencyKeys.Replay replay;

        AnsweredBefore(IdempotencyKeys.Replay replay) {
            super(null, null, false, false);
            this.replay = replay;
        }

        public IdempotencyKeys.Replay replay() {
            return replay;
        }
    }

    /** Another request with the key is between its transactions. */
    public static final class Running extends RuntimeException {

        Running() {
            super(null, null, false, false);
        }
    }

    private static final RequestKey<?> NONE = new RequestKey<>(null, null, null, null, null, null);

    private final IdempotencyKeys keys;
    private final UUID userId;
    private final String key;
    private final String fingerprint;
    private final Duration wait;
    private final Function<T, Object> view;
    private volatile boolean claimed;
    private volatile boolean answered;

    RequestKey(IdempotencyKeys keys, UUID userId, String key, String fingerprint, Duration wait, Function<T, Object> view) {
        this.keys = keys;
        this.userId = userId;
        this.key = key;
        this.fingerprint = fingerprint;
        this.wait = wait;
        this.view = view;
    }

    @SuppressWarnings("unchecked")
    public static <T> RequestKey<T> none() {
        return (RequestKey<T>) NONE;
    }

    /**
     * In the request's first transaction. A transaction of another request with the key that has not ended is
     * waited for (at most the configured wait).
     *
     * @throws AnsweredBefore with the answer to give again
     * @throws Running when the other request is between its transactions
     */
    void claim() {
        if (key == null) {
            return;
        }
        IdempotencyKeys.Claim claim = keys.claimInTransaction(userId, key, fingerprint, LEASE_SECONDS, wait);
        if (claim instanceof IdempotencyKeys.Replay replay) {
            throw new AnsweredBefore(replay);
        }
        if (claim instanceof IdempotencyKeys.Mismatch) {
            throw new ApiException(ErrorCode.IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was used with a different request");
        }
        if (claim instanceof IdempotencyKeys.Running) {
            throw new Running();
        }
        claimed = true;
        keys.whenRolledBack(() -> claimed = false);
    }

    /** In the transaction that decided the request: it succeeded with {@code result}. */
    void answer(T result) {
        if (key != null) {
            keys.completeInTransaction(userId, key, 200, JsonbSettings.JSONB.toJson(view.apply(result)), null);
            settled();
        }
    }

    /** In the transaction that decided the request: it is refused, for good unless the refusal may pass. */
    void refuse(ApiException refusal) {
        if (key == null) {
            return;
        }
        if (answeredForGood(refusal)) {
            keys.completeInTransaction(userId, key, refusal.status(), errorJson(refusal), null);
        } else {
            keys.releaseInTransaction(userId, key);
        }
        settled();
    }

    /** In the transaction that decided the request: no answer to keep (the outcome is not known yet). */
    void release() {
        if (key != null) {
            keys.releaseInTransaction(userId, key);
            settled();
        }
    }

    /** Recorded in the current transaction: true once it commits (a rollback takes it back). */
    private void settled() {
        answered = true;
        keys.whenRolledBack(() -> answered = false);
    }

    /** Whether the key was claimed by this request (its first transaction may have rolled back since). */
    public boolean claimed() {
        return claimed;
    }

    /** Whether the key is this request's and none of its transactions recorded yet what becomes of it. */
    public boolean unsettled() {
        return claimed && !answered;
    }

    /** A refusal that a retry would get again; server errors, rate limits and waits may go otherwise next time. */
    public static boolean answeredForGood(ApiException e) {
        return e.status() < 500 && e.errorCode() != ErrorCode.RATE_LIMITED && !(e instanceof RequestInProgress)
                && e.errorCode() != ErrorCode.IDEMPOTENCY_KEY_REUSED;
    }

    public static String errorJson(ApiException e) {
        return JsonbSettings.JSONB.toJson(ErrorBody.of(e.code(), e.getMessage(), e.details()));
    }
}
