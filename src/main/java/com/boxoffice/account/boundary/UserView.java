package com.boxoffice.account.boundary;

import com.boxoffice.account.control.Account;
import java.util.List;
import java.util.UUID;

/** An account as its owner sees it. */
public record UserView(UUID userId, String email, String name, String phone, List<String> roles, boolean emailVerified) {

    static UserView of(Account account) {
        return new UserView(account.userId(), account.email(), account.name(), account.phone(), account.roles(),
                account.emailVerified());
    }
}
