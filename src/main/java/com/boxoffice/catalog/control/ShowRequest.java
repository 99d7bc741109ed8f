package com.boxoffice.catalog.control;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** A new show: {@code prices} has one entry per seat category of the screen, e.g. {"CLASSIC": 200.00}. */
public record ShowRequest(
        @NotNull UUID movieId,
        @NotNull UUID screenId,
        @NotNull OffsetDateTime startTime,
        @NotNull @Size(min = 1, max = 10)
        Map<String, @NotNull @DecimalMin("0.00") @DecimalMax("100000.00") @Digits(integer = 6, fraction = 2) BigDecimal> prices) {
}
