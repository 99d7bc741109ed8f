package com.boxoffice.account.boundary;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record LoginResponse(String token, Instant expiresAt, SignedInUser user) {

    public record SignedInUser(UUID userId, String email, String name, List<String> roles) {
    }

    public LoginResponse(String token, Instant expiresAt, UserView user) {
        this(token, expiresAt, new SignedInUser(user.userId(), user.email(), user.name(), user.roles()));
    }
}
