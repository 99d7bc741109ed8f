package com.boxoffice.ordering.boundary;

import com.boxoffice.ordering.control.IdempotencyKeys;
import com.boxoffice.ordering.control.RequestKey;
import com.boxoffice.platform.Digests;
import com.boxoffice.platform.error.ApiException;
import com.boxoffice.platform.error.ValidationFailed;
import com.boxoffice.platform.security.Caller;
import com.boxoffice.platform.web.JsonbSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code Idempotency-Key} header, with Stripe's semantics: per user, the first request with a key runs
 * and its answer is stored; the same key with the same request replays that answer; with a different
 * request it is a 422; while the first still runs, a second waits for its answer, then answers 409
 * {@code REQUEST_IN_PROGRESS}. Server errors are not stored, so the request may be retried with the key.
 */
@ApplicationScoped
public class IdempotentRequests {

    static final String HEADER = "Idempotency-Key";

    @Inject
    IdempotencyKeys keys;

    @Inject
    IdempotentTransaction transaction;

    @Inject
    @ConfigProperty(name = "boxoffice.payment.wait-ms", defaultValue = "5000")
    long waitMillis;

    /**
     * For a request whose change is one transaction: the key, the change and the answer commit together, and a
     * second request with the key waits on the first one's transaction rather than polling.
     */
    public Response runInOneTransaction(Caller caller, String key, String operation, Object request,
                                        Supplier<Response> call) {
        if (key == null) {
            return call.get();
        }
        requireWellFormed(key);
        UUID userId = UUID.fromString(caller.userId());
        String fingerprint = fingerprint(operation, request);
        try {
            return transaction.run(userId, key, fingerprint, Duration.ofMillis(waitMillis), call);
        } catch (ApiException e) {
            if (RequestKey.answeredForGood(e)) {
                keys.storeRefusal(userId, key, fingerprint, e.status(), RequestKey.errorJson(e), false);
            }
            throw e;
        }
    }

    /**
     * For a request of several transactions (a payment: the provider is called between them): the call claims and
     * answers the key in its own transactions ({@link RequestKey}); what they did not record is recorded here.
     */
    public <T> Response runAcrossTransactions(Caller caller, String key, String operation, Object request,
                                              Function<T, Object> view, Function<RequestKey<T>, Response> call) {
        if (key == null) {
            return call.apply(RequestKey.none());
        }
        requireWellFormed(key);
        UUID userId = UUID.fromString(caller.userId());
        String fingerprint = fingerprint(operation, request);
        RequestKey<T> requestKey = keys.requestKey(userId, key, fingerprint, Duration.ofMillis(waitMillis), view);
        try {
            return call.apply(requestKey);
        } catch (RequestKey.AnsweredBefore before) {
            return replay(before.replay());
        } catch (ApiException e) {
            if (requestKey.unsettled() && RequestKey.answeredForGood(e)) {
                keys.storeRefusal(userId, key, fingerprint, e.status(), RequestKey.errorJson(e), true);
            } else if (requestKey.unsettled()) {
                keys.release(userId, key);
            } else if (!requestKey.claimed() && RequestKey.answeredForGood(e)) {
                keys.storeRefusal(userId, key, fingerprint, e.status(), RequestKey.errorJson(e), false);
            }
            throw e;
        } catch (RuntimeException | Error e) {
            if (requestKey.unsettled()) {
                keys.release(userId, key);
            }
            throw e;
        }
    }

    private static void requireWellFormed(String key) {
        if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new ValidationFailed(HEADER, "must be 1 to 255 visible ASCII characters");
        }
    }

    static Response replay(IdempotencyKeys.Replay replay) {
        Response.ResponseBuilder builder = Response.status(replay.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(replay.body()).header("Idempotent-Replayed", "true");
        if (replay.location() != null) {
            builder.location(URI.create(replay.location()));
        }
        return builder.build();
    }

    /** The operation and the request as JSON-B writes it (properties sorted), hashed. */
    static String fingerprint(String operation, Object request) {
        return Digests.sha256Hex(operation + "\n" + JsonbSettings.JSONB.toJson(request));
    }
}
