package com.boxoffice.ordering.boundary;

import com.boxoffice.ordering.control.IdempotencyKeys;
import com.boxoffice.ordering.control.RequestInProgress;
import com.boxoffice.ordering.control.RequestKey;
import com.boxoffice.platform.error.ApiException;
import com.boxoffice.platform.error.ErrorCode;
import com.boxoffice.platform.web.JsonbSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

/** One transaction for a request's Idempotency-Key, its change and its stored answer (see {@link IdempotentRequests}). */
@ApplicationScoped
public class IdempotentTransaction {

    @Inject
    IdempotencyKeys keys;

    @Transactional
    public Response run(UUID userId, String key, String fingerprint, Duration wait, Supplier<Response> call) {
        IdempotencyKeys.Claim claim = keys.claimInTransaction(userId, key, fingerprint,
                RequestKey.LEASE_SECONDS, wait);
        if (claim instanceof IdempotencyKeys.Replay replay) {
            return IdempotentRequests.replay(replay);
        }
        if (claim instanceof IdempotencyKeys.Mismatch) {
            throw new ApiException(ErrorCode.IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was used with a different request");
        }
        if (claim instanceof IdempotencyKeys.Running) {
            throw new RequestInProgress("A request with this Idempotency-Key is in progress");
        }
        Response response = call.get();
        URI location = response.getLocation();
        keys.completeInTransaction(userId, key, response.getStatus(), JsonbSettings.JSONB.toJson(response.getEntity()),
                location == null ? null : location.toString());
        return response;
    }
}
