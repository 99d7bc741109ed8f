package com.boxoffice.platform.error;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises a request body that is not JSON or does not fit the expected shape, and the field at fault. */
final class BodyReadFailures {

    static final String MESSAGE = "The request body is not valid JSON of the expected shape";

    /** How JSON-B (Yasson) names the property whose value it could not bind; the outermost one is the field. */
    private static final Pattern PROPERTY = Pattern.compile("deserialize property '([A-Za-z0-9_]{1,64})'");

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

    /** The details of the 400: the field whose value has the wrong type, when the binder said which. */
    static Map<String, Object> details(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher property = t.getMessage() == null ? null : PROPERTY.matcher(t.getMessage());
            if (property != null && property.find()) {
                return Map.of(property.group(1), "is not of the expected type");
            }
        }
        return Map.of();
    }
}
