package com.boxoffice.ordering.boundary;

import java.math.BigDecimal;
import java.time.Instant;

/** The money of a cancelled order: {@code status} PENDING until the provider confirms, then REFUNDED. */
public record RefundView(String status, BigDecimal amount, Instant refundedAt) {
}
