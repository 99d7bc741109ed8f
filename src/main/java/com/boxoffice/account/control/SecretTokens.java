package com.boxoffice.account.control;

import com.boxoffice.platform.Digests;
import java.security.SecureRandom;
import java.util.Base64;

/** Opaque secrets handed to clients (256 random bits, URL-safe) and the only form they are stored in. */
final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        return Digests.sha256Hex(token);
    }
}
