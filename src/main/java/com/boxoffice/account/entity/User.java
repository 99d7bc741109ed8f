package com.boxoffice.account.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "users")
public class User {

    public static final String ROLE_USER = "user";
    public static final String ROLE_ADMIN = "admin";

    @Id
    @Column(name = "user_id")
    private UUID id;

    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    private String name;
    private String phone;

    @Column(name = "email_verified_at")
    private OffsetDateTime emailVerifiedAt; // Instant is not a basic type of JPA 3.1

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    private Set<String> roles = new HashSet<>();

    @Version
    private long version;

    protected User() {
    }

    public User(UUID id, String email, String passwordHash, String name, String phone, Set<String> roles) {
        this.id = id;
        this.email = email;
        this.passwordHash = passwordHash;
        this.name = name;
        this.phone = phone;
        this.roles = new HashSet<>(roles);
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    /** Null for an account made by a provider's sign-in, until its owner sets a password. */
    public String passwordHash() {
        return passwordHash;
    }

    public void changePassword(String newPasswordHash) {
        passwordHash = newPasswordHash;
    }

    public boolean emailVerified() {
        return emailVerifiedAt != null;
    }

    public void emailVerifiedAt(Instant at) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = at.atOffset(ZoneOffset.UTC);
        }
    }

    public String name() {
        return name;
    }

    public String phone() {
        return phone;
    }

    public Set<String> roles() {
        return Set.copyOf(roles);
    }

    public void grant(String role) {
        roles.add(role);
    }
}
