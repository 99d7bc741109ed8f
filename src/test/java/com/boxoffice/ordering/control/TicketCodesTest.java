package com.boxoffice.ordering.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketCodesTest {

    @Test
    void encodesEveryBitInCrockfordBase32() {
        assertEquals("00000000000000000000000000", TicketCodes.encode(new byte[16]));
        byte[] ones = new byte[16];
        java.util.Arrays.fill(ones, (byte) 0xff);
        assertEquals("ZZZZZZZZZZZZZZZZZZZZZZZZZW", TicketCodes.encode(ones), "128 bits: 25 full digits and 3 bits");
        assertEquals("Z0", TicketCodes.encode(new byte[] {(byte) 0xf8}));
    }

    @Test
    void codesAreLongAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = TicketCodes.next();
            assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{26}"), code);
            assertTrue(seen.add(code));
        }
    }
}
