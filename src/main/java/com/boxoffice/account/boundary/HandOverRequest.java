package com.boxoffice.account.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The hand-over code of a finished provider sign-in, and the page's secret when the sign-in began with one. */
public record HandOverRequest(@NotBlank @Size(max = 200) String token, @Size(max = 100) String binding) {
}
