package com.boxoffice.platform.error;

import java.util.Map;

/** 503 UNAVAILABLE: not now, nothing was done; the client may try again after {@code Retry-After} seconds. */
public class Unavailable extends ApiException {

    private final long retryAfterSeconds;

    public Unavailable(String message, long retryAfterSeconds) {
        super(ErrorCode.UNAVAILABLE, message, Map.of("retryAfterSeconds", retryAfterSeconds));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", Long.toString(retryAfterSeconds));
    }
}
