package com.boxoffice.ordering.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who the tickets are for and where the confirmation goes. */
@Embeddable
public class Customer {

    @Column(name = "customer_name")
    private String name;

    @Column(name = "customer_email")
    private String email;

    @Column(name = "customer_phone")
    private String phone;

    protected Customer() {
    }

    /** Trimmed as typed; a blank phone is none. */
    public Customer(String name, String email, String phone) {
        this.name = name.trim();
        this.email = email.trim();
        this.phone = phone == null || phone.isBlank() ? null : phone.trim();
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }
}
