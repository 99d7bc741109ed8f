package com.boxoffice.platform.paging;

import com.boxoffice.platform.error.ValidationFailed;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code ?page=&size=} of a list endpoint, checked: page from 0, size from 1 to 100 (default 20). */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        Map<String, Object> problems = new LinkedHashMap<>();
        if (page < 0) {
            problems.put("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.put("size", "must be between 1 and " + MAX_SIZE);
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailed(problems);
        }
    }

    /** Parses the raw query parameters; absent ones take their defaults, anything unreadable is a 400. */
    public static PageRequest of(String page, String size) {
        Map<String, Object> problems = new LinkedHashMap<>();
        int p = parse(page, 0, "page", problems);
        int s = parse(size, DEFAULT_SIZE, "size", problems);
        if (!problems.isEmpty()) {
            throw new ValidationFailed(problems);
        }
        return new PageRequest(p, s);
    }

    /** The first row to read; a page far past the end still reads as an empty page, never an overflow. */
    public int offset() {
        return (int) Math.min((long) page * size, Integer.MAX_VALUE);
    }

    private static int parse(String raw, int fallback, String name, Map<String, Object> problems) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            problems.put(name, "must be a whole number");
            return fallback;
        }
    }
}
