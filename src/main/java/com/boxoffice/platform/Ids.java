package com.boxoffice.platform;

import com.boxoffice.platform.error.NotFound;
import java.util.UUID;
import java.util.regex.Pattern;

/** Ids in paths are UUIDs; anything else names nothing that exists, so it reads as 404. */
public final class Ids {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Ids() {
    }

    public static UUID parse(String raw, String what) {
        if (raw == null || !UUID_TEXT.matcher(raw).matches()) {
            throw new NotFound(what);
        }
        return UUID.fromString(raw);
    }
}
