package com.boxoffice.account.control;

import com.boxoffice.account.entity.User;
import java.util.List;
import java.util.UUID;

/** A customer's (or an admin's) account, without its secrets. */
public record Account(UUID userId, String email, String name, String phone, List<String> roles, boolean emailVerified) {

    static Account of(User user) {
        return new Account(user.id(), user.email(), user.name(), user.phone(), user.roles().stream().sorted().toList(),
                user.emailVerified());
    }
}
