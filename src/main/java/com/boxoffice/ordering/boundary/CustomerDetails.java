package com.boxoffice.ordering.boundary;

import com.boxoffice.account.boundary.AuthRules;
import com.boxoffice.ordering.entity.Customer;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Who the tickets are for: the confirmation goes to this email. */
public record CustomerDetails(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 254) @Email @Pattern(regexp = AuthRules.EMAIL, message = AuthRules.EMAIL_MESSAGE) String email,
        @Pattern(regexp = AuthRules.PHONE, message = AuthRules.PHONE_MESSAGE) String phone) {

    public Customer value() {
        return new Customer(name, email, phone);
    }
}
