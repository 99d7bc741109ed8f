package com.boxoffice.account.boundary;

import java.util.UUID;

public record RegisteredUser(UUID userId, String email, String name) {
}
