package com.boxoffice.platform;

import com.boxoffice.platform.error.ValidationFailed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Calendar days as the API writes them: exactly {@code YYYY-MM-DD}, no sign, no extended years. */
public final class Dates {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Dates() {
    }

    /** The day, or {@code fallback} when the parameter was not sent; 400 naming {@code name} when malformed. */
    public static LocalDate day(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String trimmed = value.trim();
        try {
            if (DAY.matcher(trimmed).matches()) {
                return LocalDate.parse(trimmed);
            }
        } catch (DateTimeParseException e) {
            // 2026-02-30 and the like: answered below
        }
        throw new ValidationFailed(name, "must be a date like 2026-12-17");
    }
}
