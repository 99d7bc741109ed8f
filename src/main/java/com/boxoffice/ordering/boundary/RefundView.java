package com.boxoffice.ordering.boundary;

import com.boxoffice.ordering.control.OrderDetails;
import java.math.BigDecimal;
import java.time.Instant;

/** The money of a cancelled order: {@code status} PENDING until the provider confirms, then REFUNDED. */
public record RefundView(String status, BigDecimal amount, Instant refundedAt) {

    static RefundView of(OrderDetails.Refund refund) {
        return refund == null ? null
                : new RefundView(refund.done() ? "REFUNDED" : "PENDING", refund.amount().amount(), refund.refundedAt());
    }
}
