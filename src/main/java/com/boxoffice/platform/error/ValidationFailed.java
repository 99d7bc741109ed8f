package com.boxoffice.platform.error;

import java.util.Map;

/** 400 VALIDATION_FAILED; {@code details} maps each bad field to what is wrong with it. */
public class ValidationFailed extends ApiException {

    public ValidationFailed(Map<String, ?> fieldErrors) {
        super(ErrorCode.VALIDATION_FAILED, message(fieldErrors), Map.copyOf(fieldErrors));
    }

    public ValidationFailed(String field, String problem) {
        this(Map.of(field, problem));
    }

    private static String message(Map<String, ?> fieldErrors) {
        return "Invalid request: " + String.join(", ", new java.util.TreeSet<>(fieldErrors.keySet()));
    }
}
