package com.boxoffice.ordering.control;

import java.security.SecureRandom;

/** Ticket codes: 128 random bits in Crockford's base32 (no look-alike letters), 26 characters. */
public final class TicketCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TicketCodes() {
    }

    public static String next() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return encode(bytes);
    }

    static String encode(byte[] bytes) {
        StringBuilder code = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                code.append(ALPHABET[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            code.append(ALPHABET[(buffer << (5 - bits)) & 31]);
        }
        return code.toString();
    }
}
