package com.boxoffice.catalog.boundary;

import com.boxoffice.platform.error.ValidationFailed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

final class QueryParams {

    private QueryParams() {
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationFailed(name, "must be a date like 2026-12-17");
        }
    }
}
