package com.boxoffice.ordering.boundary;

import com.boxoffice.ordering.control.PaymentMethod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record PaymentRequest(
        @NotNull @Pattern(regexp = "CARD", message = "must be CARD") String paymentMethod,
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_]+", message = "must be a payment token such as tok_visa")
        String paymentToken) {

    public PaymentMethod value() {
        return new PaymentMethod(paymentMethod, paymentToken);
    }
}
