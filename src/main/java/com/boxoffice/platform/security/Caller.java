package com.boxoffice.platform.security;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is asking: the verified token's subject (the user id), email and roles, or nobody. */
public record Caller(String userId, String email, Set<String> roles) {

    public static final String USER = "user";
    public static final String ADMIN = "admin";
    public static final Caller ANONYMOUS = new Caller(null, null, Set.of());

    public static Caller of(SecurityContext context) {
        Principal principal = context == null ? null : context.getUserPrincipal();
        if (principal instanceof JsonWebToken token && token.getSubject() != null) {
            Set<String> groups = token.getGroups();
            return new Caller(token.getSubject(), token.getName(), groups == null ? Set.of() : Set.copyOf(groups));
        }
        return ANONYMOUS;
    }

    public boolean signedIn() {
        return userId != null;
    }

    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }
}
