package com.boxoffice.ordering.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record OrderView(UUID orderId, UUID showId, UUID holdId, List<String> seatIds, String status,
                        BigDecimal totalAmount, String currency, CustomerView customer, Instant createdAt,
                        Instant expiresAt, Instant confirmedAt, Instant cancelledAt, UUID paymentId,
                        RefundView refund, List<TicketView> tickets) {

    public record CustomerView(String name, String email, String phone) {
    }
}
