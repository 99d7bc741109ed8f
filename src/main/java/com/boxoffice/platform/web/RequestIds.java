package com.boxoffice.platform.web;

import java.util.UUID;
import java.util.regex.Pattern;

/** The id of the request being served on this thread, for responses and log lines. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String LOG_FIELD = "requestId";

    /** A client's id is echoed only when it is short and plain, so it cannot forge log lines. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestIds() {
    }

    public static String current() {
        String id = CURRENT.get();
        return id == null ? "none" : id;
    }

    static String accept(String fromClient) {
        return fromClient != null && ACCEPTABLE.matcher(fromClient).matches() ? fromClient : UUID.randomUUID().toString();
    }

    static void set(String id) {
        CURRENT.set(id);
    }

    static void clear() {
        CURRENT.remove();
    }
}
