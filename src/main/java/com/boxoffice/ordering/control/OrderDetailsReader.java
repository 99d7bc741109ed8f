package com.boxoffice.ordering.control;

import com.boxoffice.ordering.entity.Order;
import com.boxoffice.ordering.entity.OrderStatus;
import com.boxoffice.ordering.entity.Payment;
import com.boxoffice.ordering.entity.PaymentStatus;
import com.boxoffice.ordering.entity.Ticket;
import com.boxoffice.platform.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads orders with their tickets and refunds, two queries for any number of orders. */
@ApplicationScoped
public class OrderDetailsReader {

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    @Inject
    Clock clock;

    public OrderDetails of(Order order) {
        return of(List.of(order)).get(0);
    }

    /** An order written by the caller's transaction, with the tickets it issued: nothing is read back. */
    public OrderDetails ofNew(Order order, List<Ticket> tickets) {
        return details(order, tickets.stream().sorted(Comparator.comparing(Ticket::seatId, SEAT_ORDER)).toList(), null,
                Now.utc(clock));
    }

    public List<OrderDetails> of(List<Order> orders) {
        if (orders.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = orders.stream().map(Order::id).toList();
        Map<UUID, List<Ticket>> tickets = em.createQuery("SELECT t FROM Ticket t WHERE t.orderId IN :ids", Ticket.class)
                .setParameter("ids", ids).getResultList().stream()
                .sorted(Comparator.comparing(Ticket::seatId, SEAT_ORDER))
                .collect(Collectors.groupingBy(Ticket::orderId));
        List<UUID> paymentIds = orders.stream().filter(o -> o.status() == OrderStatus.CANCELLED && o.paymentId() != null)
                .map(Order::paymentId).toList();
        Map<UUID, Payment> refunds = paymentIds.isEmpty() ? Map.of()
                : em.createQuery("SELECT p FROM Payment p WHERE p.id IN :ids", Payment.class)
                .setParameter("ids", paymentIds).getResultList().stream()
                .collect(Collectors.toMap(Payment::id, p -> p));
        OffsetDateTime now = Now.utc(clock);
        return orders.stream().map(order -> details(order, tickets.getOrDefault(order.id(), List.of()),
                order.paymentId() == null ? null : refunds.get(order.paymentId()), now)).toList();
    }

    private static OrderDetails details(Order order, List<Ticket> tickets, Payment refunded, OffsetDateTime now) {
        return new OrderDetails(order.id(), order.showId(), order.holdId(), order.seatIds(), order.statusAt(now),
                new Money(order.totalAmount(), order.currency()),
                new OrderDetails.Buyer(order.customer().name(), order.customer().email(), order.customer().phone()),
                order.createdAt().toInstant(), order.expiresAt().toInstant(), instant(order.confirmedAt()),
                instant(order.cancelledAt()), order.paymentId(), refund(refunded),
                tickets.stream().map(OrderDetailsReader::ticket).toList());
    }

    private static OrderDetails.IssuedTicket ticket(Ticket ticket) {
        return new OrderDetails.IssuedTicket(ticket.id(), ticket.seatId(), ticket.code(), ticket.status(),
                instant(ticket.usedAt()));
    }

    private static OrderDetails.Refund refund(Payment payment) {
        if (payment == null) {
            return null;
        }
        boolean done = payment.status() == PaymentStatus.REFUNDED || payment.status() == PaymentStatus.VOIDED;
        return new OrderDetails.Refund(done, new Money(payment.amount(), payment.currency()), done ? instant(payment.refundedAt()) : null);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /** Row (A before Z before AA), then seat number as a number: A2 before A10. */
    static final Comparator<String> SEAT_ORDER = Comparator
            .comparingInt((String seat) -> seat.replaceAll("[0-9]+$", "").length())
            .thenComparing(seat -> seat.replaceAll("[0-9]+$", ""))
            .thenComparingInt(seat -> {
                String digits = seat.replaceAll("^[^0-9]+", "");
                return digits.isEmpty() ? 0 : Integer.parseInt(digits);
            });
}
