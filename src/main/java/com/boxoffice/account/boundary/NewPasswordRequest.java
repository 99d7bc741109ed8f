package com.boxoffice.account.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The token from a reset email and the password to set. */
public record NewPasswordRequest(
        @NotBlank @Size(max = 200) String token,
        @NotNull @Pattern(regexp = AuthRules.PASSWORD, message = AuthRules.PASSWORD_MESSAGE) String password) {
}
