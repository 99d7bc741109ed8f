package com.boxoffice.ordering.boundary;

import com.boxoffice.ordering.control.IdempotencyKeys;
import com.boxoffice.ordering.control.RequestInProgress;
import com.boxoffice.platform.Digests;
import com.boxoffice.platform.error.ApiException;
import com.boxoffice.platform.error.ErrorBody;
import com.boxoffice.platform.error.ErrorCode;
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
    static final long LEASE_SECONDS = 120;

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
            if (answeredForGood(e) && e.errorCode() != ErrorCode.IDEMPOTENCY_KEY_REUSED) {
                keys.storeRefusal(userId, key, fingerprint, e.status(), errorJson(e));
            }
            throw e;
        }
    }

    /** For a request of several transactions (a payment: the provider is called between them). */
    public Response run(Caller caller, String key, String operation, Object request, Supplier<Response> call) {
        if (key == null) {
            return call.get();
        }
        requireWellFormed(key);
        UUID userId = UUID.fromString(caller.userId());
        String fingerprint = fingerprint(operation, request);
        long deadline = System.nanoTime() + waitMillis * 1_000_000;
        while (true) {
            IdempotencyKeys.Claim claim = keys.claim(userId, key, fingerprint, LEASE_SECONDS);
            if (claim instanceof IdempotencyKeys.Claimed) {
                return runClaimed(userId, key, call);
            }
            if (claim instanceof IdempotencyKeys.Replay replay) {
                return replay(replay);
            }
            if (claim instanceof IdempotencyKeys.Mismatch) {
                throw new ApiException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                        "This Idempotency-Key was used with a different request");
            }
            if (System.nanoTime() > deadline) {
                throw new RequestInProgress("A request with this Idempotency-Key is in progress");
            }
            pause();
        }
    }

    private Response runClaimed(UUID userId, String key, Supplier<Response> call) {
        Response response;
        try {
            response = call.get();
        } catch (ApiException e) {
            if (answeredForGood(e)) {
                keys.complete(userId, key, e.status(), errorJson(e), null);
            } else {
                keys.release(userId, key);
            }
            throw e;
        } catch (RuntimeException | Error e) {
            keys.release(userId, key);
            throw e;
        }
        URI location = response.getLocation();
        keys.complete(userId, key, response.getStatus(), JsonbSettings.JSONB.toJson(response.getEntity()),
                location == null ? null : location.toString());
        return response;
    }

    private static void requireWellFormed(String key) {
        if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new ValidationFailed(HEADER, "must be 1 to 255 visible ASCII characters");
        }
    }

    /** A refusal that a retry would get again; server errors, rate limits and waits may go otherwise next time. */
    private static boolean answeredForGood(ApiException e) {
        return e.status() < 500 && e.errorCode() != ErrorCode.RATE_LIMITED && !(e instanceof RequestInProgress);
    }

    private static String errorJson(ApiException e) {
        return JsonbSettings.JSONB.toJson(ErrorBody.of(e.code(), e.getMessage(), e.details()));
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

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RequestInProgress("A request with this Idempotency-Key is in progress");
        }
    }
}
