package com.boxoffice.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of money in a currency, always with two decimals (rounded half up, here and nowhere else).
 * The service sells in one currency, {@value #INR}.
 */
public record Money(BigDecimal amount, String currency) {

    public static final String INR = "INR";
    public static final Money ZERO = of(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static Money of(BigDecimal amount) {
        return new Money(amount, INR);
    }

    /** The amount with two decimals, for a record or a view that carries the currency apart. */
    public static BigDecimal rounded(BigDecimal amount) {
        return amount == null ? null : of(amount).amount();
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }
}
