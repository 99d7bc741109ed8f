package com.boxoffice.account.boundary;

import com.boxoffice.account.control.SignIn;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record LoginResponse(String token, Instant expiresAt, String refreshToken, Instant refreshExpiresAt,
                            SignedInUser user) {

    public record SignedInUser(UUID userId, String email, String name, List<String> roles) {
    }

    static LoginResponse of(SignIn signIn) {
        return new LoginResponse(signIn.token(), signIn.expiresAt(), signIn.refreshToken(), signIn.refreshExpiresAt(),
                new SignedInUser(signIn.account().userId(), signIn.account().email(), signIn.account().name(),
                        signIn.account().roles()));
    }
}
