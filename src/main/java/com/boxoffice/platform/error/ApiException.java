package com.boxoffice.platform.error;

import java.util.Map;

/**
 * A refusal the client can act on, named by its contract code ({@link ErrorCode}, which also knows the HTTP
 * status). Services throw it, or one of its named kinds; {@link ApiExceptionMapper} turns it into the envelope.
 */
public class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final Map<String, Object> details;

    public ApiException(ErrorCode code, String message, Map<String, ?> details) {
        super(message, null, false, false);
        this.code = code;
        this.details = details == null ? Map.of() : Map.copyOf(details);
    }

    public ApiException(ErrorCode code, String message) {
        this(code, message, Map.of());
    }

    public ErrorCode errorCode() {
        return code;
    }

    public int status() {
        return code.status();
    }

    public String code() {
        return code.name();
    }

    public Map<String, Object> details() {
        return details;
    }

    /** Response headers that belong with this error, such as Retry-After. */
    public Map<String, String> headers() {
        return Map.of();
    }
}
