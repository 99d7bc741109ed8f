package com.boxoffice.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void keepsAPlainClientIdAndReplacesAnythingElse() {
        assertEquals("abc-123_x.y:z", RequestIds.accept("abc-123_x.y:z"));
        for (String bad : new String[] {null, "", "has space", "line\nbreak", "x".repeat(129), "<b>"}) {
            String id = RequestIds.accept(bad);
            assertNotEquals(bad, id);
            UUID.fromString(id);
        }
    }
}
