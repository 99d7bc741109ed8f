package com.boxoffice.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void alwaysTwoDecimalsRoundedHalfUp() {
        assertEquals(new BigDecimal("200.00"), Money.of(new BigDecimal("200")).amount());
        assertEquals(new BigDecimal("0.13"), Money.of(new BigDecimal("0.125")).amount());
        assertEquals(new BigDecimal("0.12"), Money.of(new BigDecimal("0.1249")).amount());
        assertEquals("INR", Money.of(BigDecimal.ONE).currency());
        assertNull(Money.rounded(null));
    }

    @Test
    void addsWithinOneCurrencyOnly() {
        assertEquals(new BigDecimal("450.50"), Money.of(new BigDecimal("200.25")).plus(Money.of(new BigDecimal("250.25")))
                .amount());
        assertThrows(IllegalArgumentException.class,
                () -> Money.of(BigDecimal.ONE).plus(new Money(BigDecimal.ONE, "USD")));
    }
}
