package com.boxoffice.account.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A single-use token from an email link, or the code that hands over a provider's sign-in. */
public record TokenRequest(@NotBlank @Size(max = 200) String token) {
}
