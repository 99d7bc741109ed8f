package com.boxoffice.account.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A refresh token, to rotate (refresh) or to revoke (logout). */
public record RefreshRequest(@NotBlank @Size(max = 200) String refreshToken) {
}
