package com.boxoffice.platform.error;

import java.util.Map;

/**
 * A failure the client can act on: carries the HTTP status and the contract's error code.
 * Services throw it (or a subclass) and the boundary turns it into the error envelope.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, Object> details;

    public ApiException(int status, String code, String message, Map<String, Object> details) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.details = details == null ? Map.of() : Map.copyOf(details);
    }

    public ApiException(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }

    /** Response headers that belong with this error, such as Retry-After. */
    public Map<String, String> headers() {
        return Map.of();
    }
}
