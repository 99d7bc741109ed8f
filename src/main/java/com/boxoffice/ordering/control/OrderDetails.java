package com.boxoffice.ordering.control;

import com.boxoffice.ordering.entity.OrderStatus;
import com.boxoffice.ordering.entity.TicketStatus;
import com.boxoffice.platform.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order with everything a customer is told about it: its status at the moment it was read, its tickets in
 * seat order and, once cancelled, its refund.
 */
public record OrderDetails(UUID orderId, UUID showId, UUID holdId, List<String> seatIds, OrderStatus status,
                           Money total, Buyer customer, Instant createdAt, Instant expiresAt, Instant confirmedAt,
                           Instant cancelledAt, UUID paymentId, Refund refund, List<IssuedTicket> tickets) {

    public record Buyer(String name, String email, String phone) {
    }

    /** The money of a cancelled order: {@code done} once the provider confirmed it back. */
    public record Refund(boolean done, Money amount, Instant refundedAt) {
    }

    public record IssuedTicket(UUID ticketId, String seatId, String code, TicketStatus status, Instant usedAt) {
    }
}
