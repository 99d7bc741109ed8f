package com.boxoffice.platform.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.boxoffice.platform.error.NotFound;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OwnerOrAdminTest {

    private final Caller alice = new Caller("alice", "alice@example.com", Set.of("user"));
    private final Caller admin = new Caller("root", "admin@example.com", Set.of("user", "admin"));

    @Test
    void theOwnerAndAdminsSeeIt() {
        assertDoesNotThrow(() -> OwnerOrAdmin.check(alice, "alice", "Hold"));
        assertDoesNotThrow(() -> OwnerOrAdmin.check(admin, "alice", "Hold"));
    }

    @Test
    void toEveryoneElseItDoesNotExist() {
        NotFound other = assertThrows(NotFound.class, () -> OwnerOrAdmin.check(alice, "bob", "Order"));
        assertEquals(404, other.status());
        assertEquals("Order not found", other.getMessage());
        assertThrows(NotFound.class, () -> OwnerOrAdmin.check(Caller.ANONYMOUS, "alice", "Hold"));
        assertThrows(NotFound.class, () -> OwnerOrAdmin.check(null, "alice", "Hold"));
        assertThrows(NotFound.class, () -> OwnerOrAdmin.check(alice, null, "Hold"));
    }
}
