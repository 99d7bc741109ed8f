package com.boxoffice.platform.error;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Builds error responses in the envelope; every exception mapper goes through here. */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static Response of(ErrorCode code, String message, Map<String, Object> details) {
        return Response.status(code.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of(code.name(), message, details))
                .build();
    }

    public static Response of(ErrorCode code, String message) {
        return of(code, message, Map.of());
    }

    public static Response of(ApiException e) {
        Response.ResponseBuilder builder = Response.status(e.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of(e.code(), e.getMessage(), e.details()));
        e.headers().forEach(builder::header);
        return builder.build();
    }
}
