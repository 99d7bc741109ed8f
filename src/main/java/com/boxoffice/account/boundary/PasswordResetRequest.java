package com.boxoffice.account.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record PasswordResetRequest(
        @NotBlank @Size(max = 254) @Pattern(regexp = AuthRules.EMAIL, message = AuthRules.EMAIL_MESSAGE) String email) {

    public PasswordResetRequest {
        email = email == null ? null : email.strip();
    }
}
