package com.boxoffice.platform.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class JsonBodyGuardTest {

    @Test
    void wellFormedBodiesPass() {
        for (String body : new String[] {"{}", "[]", "{\"seatIds\": [\"A1\", \"A2\"], \"customer\": {\"name\": \"Asha\"}}", "null", "12"}) {
            assertDoesNotThrow(() -> JsonBodyGuard.checkWellFormed(bytes(body)), body);
        }
    }

    @Test
    @Timeout(5)
    void truncatedAndDeeplyNestedBodiesAreRefusedAtOnce() {
        for (String body : new String[] {"{\"a\":".repeat(5000), "{\"showId\": \"x\", \"extra\": {\"b\": {\"c\": 1",
                "[".repeat(20_000), "{", "{\"a\": 1,}", "{'a': 1}", "{\"a\": NaN}", "[" .repeat(33) + "]".repeat(33)}) {
            assertThrows(JsonException.class, () -> JsonBodyGuard.checkWellFormed(bytes(body)), body.substring(0, Math.min(40, body.length())));
        }
    }

    @Test
    void nestingUpToTheLimitIsFine() {
        assertDoesNotThrow(() -> JsonBodyGuard.checkWellFormed(bytes("[".repeat(32) + "]".repeat(32))));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
