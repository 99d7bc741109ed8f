package com.boxoffice.platform.error;

import java.time.Instant;
import java.util.Map;

/** The one error envelope of the API: {@code {"error": {...}}}. */
public record ErrorBody(Error error) {

    public record Error(String code, String message, Instant timestamp, Map<String, Object> details) {
    }

    public static ErrorBody of(String code, String message, Map<String, Object> details) {
        return new ErrorBody(new Error(code, message, Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                details == null ? Map.of() : details));
    }
}
