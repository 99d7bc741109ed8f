package com.boxoffice.account.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record RegisterRequest(
        @NotBlank @Size(max = 254) @Email @Pattern(regexp = AuthRules.EMAIL, message = AuthRules.EMAIL_MESSAGE) String email,
        @NotNull @Pattern(regexp = AuthRules.PASSWORD, message = AuthRules.PASSWORD_MESSAGE) String password,
        @NotBlank @Size(max = 100) String name,
        @Pattern(regexp = AuthRules.PHONE, message = AuthRules.PHONE_MESSAGE) String phone) {

    /** Spaces around the address are not part of it: sign-in ignores them too. */
    public RegisterRequest {
        email = email == null ? null : email.strip();
    }
}
