package com.boxoffice.account.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void aHashMatchesItsPasswordOnly() {
        String hash = PasswordHasher.hash("correct horse");
        assertTrue(PasswordHasher.matches("correct horse", hash));
        assertFalse(PasswordHasher.matches("correct horsE", hash));
        assertFalse(PasswordHasher.matches("", hash));
    }

    @Test
    void isSaltedSlowAndNeverContainsThePassword() {
        String first = PasswordHasher.hash("correct horse");
        String second = PasswordHasher.hash("correct horse");
        assertNotEquals(first, second);
        assertTrue(first.startsWith("pbkdf2-sha512$" + PasswordHasher.ITERATIONS + "$"));
        assertFalse(first.contains("correct horse"));
    }

    @Test
    void aMalformedStoredHashNeverMatches() {
        for (String stored : new String[] {null, "", "plain", "pbkdf2-sha512$x$y$z", "md5$1$AA$AA", "pbkdf2-sha512$1$!!$!!"}) {
            assertFalse(PasswordHasher.matches("anything", stored));
        }
    }
}
