package com.boxoffice.platform.error;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;

/** Recognises a request body that is not JSON or does not fit the expected shape. */
final class BodyReadFailures {

    static final String MESSAGE = "The request body is not valid JSON of the expected shape";

    private BodyReadFailures() {
    }

    static boolean isUnreadableBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException || t instanceof ProcessingException
                    || t instanceof java.time.format.DateTimeParseException) {
                return true;
            }
        }
        return false;
    }
}
