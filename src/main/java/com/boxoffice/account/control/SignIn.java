package com.boxoffice.account.control;

import java.time.Instant;

/** A signed-in session: the bearer token, when it stops working, and whose it is. */
public record SignIn(String token, Instant expiresAt, Account account) {
}
