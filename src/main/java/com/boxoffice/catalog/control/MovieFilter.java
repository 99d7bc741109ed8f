package com.boxoffice.catalog.control;

import com.boxoffice.platform.error.ValidationFailed;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The optional filters of the movie list, trimmed and lower-cased for case-insensitive matching.
 * {@code city} keeps movies with an upcoming show in that city; {@code q} matches inside the title.
 */
public record MovieFilter(String city, String language, String genre, String format, String q) {

    static final int MAX_LENGTH = 100;

    public static MovieFilter of(String city, String language, String genre, String format, String q) {
        Map<String, Object> problems = new LinkedHashMap<>();
        MovieFilter filter = new MovieFilter(clean("city", city, problems), clean("language", language, problems),
                clean("genre", genre, problems), clean("format", format, problems), clean("q", q, problems));
        if (!problems.isEmpty()) {
            throw new ValidationFailed(problems);
        }
        return filter;
    }

    static String clean(String name, String value, Map<String, Object> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > MAX_LENGTH) {
            problems.put(name, "must be at most " + MAX_LENGTH + " characters");
            return null;
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }
}
