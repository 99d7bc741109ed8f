package com.boxoffice.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProviderSignInsTest {

    @Test
    void theHandOverCodeJoinsTheUiRouteInTheFragment() {
        assertEquals("/#/orders?signin=abc", ProviderSignIns.withParameter("/#/orders", "signin", "abc"));
        assertEquals("/#/show/1?date=2026-12-08&signin=abc",
                ProviderSignIns.withParameter("/#/show/1?date=2026-12-08", "signin", "abc"));
        assertEquals("/#/?signin=abc", ProviderSignIns.withParameter("/", "signin", "abc"));
        assertEquals("/?x=1#/?signin=a%2Bb", ProviderSignIns.withParameter("/?x=1", "signin", "a+b"));
    }

    @Test
    void secretTokensAreLongRandomAndUrlSafeAndStoredAsTheirHash() {
        String token = SecretTokens.newToken();
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
        assertNotEquals(token, SecretTokens.newToken());
        assertEquals(64, SecretTokens.hash(token).length());
        assertEquals(SecretTokens.hash(token), SecretTokens.hash(token));
    }
}
