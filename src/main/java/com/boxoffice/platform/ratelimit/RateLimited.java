package com.boxoffice.platform.ratelimit;

import com.boxoffice.platform.error.ApiException;
import com.boxoffice.platform.error.ErrorCode;
import java.util.Map;

/** 429 RATE_LIMITED, telling the client when to try again. */
public class RateLimited extends ApiException {

    private final long retryAfterSeconds;

    public RateLimited(long retryAfterSeconds) {
        super(ErrorCode.RATE_LIMITED, "Too many requests; try again in " + retryAfterSeconds + " s",
                Map.of("retryAfterSeconds", retryAfterSeconds));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", Long.toString(retryAfterSeconds));
    }
}
