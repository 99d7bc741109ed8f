package com.boxoffice.account.control;

import java.time.Instant;

/**
 * A signed-in session: the bearer token and when it stops working, the refresh token that gets the next one
 * and when it stops working, and whose they are.
 */
public record SignIn(String token, Instant expiresAt, String refreshToken, Instant refreshExpiresAt, Account account) {
}
