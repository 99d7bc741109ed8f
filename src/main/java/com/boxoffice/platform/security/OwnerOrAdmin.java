package com.boxoffice.platform.security;

import com.boxoffice.platform.error.NotFound;

/**
 * Object-level authorization for holds, orders and tickets: the owner or an admin may see the object;
 * to anyone else it does not exist (404, never 403, so ids reveal nothing).
 */
public final class OwnerOrAdmin {

    private OwnerOrAdmin() {
    }

    public static void check(Caller caller, String ownerId, String what) {
        boolean allowed = caller != null && caller.signedIn()
                && (caller.isAdmin() || caller.userId().equals(ownerId));
        if (!allowed) {
            throw new NotFound(what);
        }
    }
}
