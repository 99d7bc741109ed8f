package com.boxoffice.account.boundary;

import java.util.List;
import java.util.UUID;

/** An account as its owner sees it. */
public record UserView(UUID userId, String email, String name, String phone, List<String> roles) {
}
