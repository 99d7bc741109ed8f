package com.boxoffice.ordering.boundary;

import com.boxoffice.ordering.control.OrderDetails;
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

    public static OrderView of(OrderDetails order) {
        return new OrderView(order.orderId(), order.showId(), order.holdId(), order.seatIds(), order.status().name(),
                order.total().amount(), order.total().currency(),
                new CustomerView(order.customer().name(), order.customer().email(), order.customer().phone()),
                order.createdAt(), order.expiresAt(), order.confirmedAt(), order.cancelledAt(), order.paymentId(),
                RefundView.of(order.refund()), order.tickets().stream().map(TicketView::of).toList());
    }
}
