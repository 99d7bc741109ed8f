package com.boxoffice.ordering.control;

import com.boxoffice.ordering.entity.Order;
import com.boxoffice.ordering.entity.OrderStatus;
import com.boxoffice.ordering.entity.Payment;
import com.boxoffice.ordering.entity.PaymentStatus;
import com.boxoffice.ordering.entity.Ticket;
import com.boxoffice.ordering.gateway.Charge;
import com.boxoffice.ordering.gateway.ChargeRequest;
import com.boxoffice.platform.error.ApiException;
import com.boxoffice.platform.error.ErrorCode;
import com.boxoffice.platform.error.NotFound;
import com.boxoffice.platform.security.Caller;
import com.boxoffice.seating.control.Hold;
import com.boxoffice.seating.control.SeatSales;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The transactions of a payment, each short and on the order's row lock; the provider is called between
 * them, never while a lock is held. A payment that succeeds takes two: {@link #start} (the attempt recorded
 * before the provider is asked) and {@link #complete}; the request's Idempotency-Key is claimed in the first
 * and answered in the one that decides.
 */
@ApplicationScoped
@Transactional
public class PaymentSteps {

    /** How a confirm request may go on. */
    public sealed interface Start permits Started, AlreadyConfirmed, Refused {
    }

    /** A payment under way; its hold is kept (and no other payment starts) until {@code keptUntil}. */
    public record Started(UUID orderId, UUID paymentId, ChargeRequest charge, Hold hold, Instant keptUntil)
            implements Start {

        /** Whether the money may still be taken: past this moment the sale would be refused, so it is not. */
        public boolean keptAt(Instant now) {
            return now.isBefore(keptUntil);
        }
    }

    public record AlreadyConfirmed(OrderDetails order) implements Start {
    }

    /** Another payment of the order is running (thrown, so that the transaction and the key's claim roll back). */
    public static final class Busy extends RuntimeException {

        Busy() {
            super(null, null, false, false);
        }
    }

    /** The order cannot be paid; when the hold lapsed this step also marked it EXPIRED. */
    public record Refused(ApiException reason, boolean expiredNow) implements Start {
    }

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    @Inject
    SeatSales seats;

    @Inject
    OrderDetailsReader details;

    @Inject
    OrderReceipts receipts;

    @Inject
    Event<OrderConfirmed> confirmed;

    @Inject
    Clock clock;

    /**
     * Claims the key, checks the order and its hold, keeps the hold for {@code window}, and records the attempt.
     *
     * @throws Busy when another payment of the order runs
     * @throws RequestKey.Running when another request with the key runs
     */
    public Start start(Caller caller, UUID orderId, PaymentMethod method, Duration window, RequestKey<OrderDetails> key) {
        key.claim();
        Order order = em.find(Order.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null || !order.userId().toString().equals(caller.userId())) {
            throw new NotFound("Order");
        }
        OffsetDateTime now = now();
        switch (order.status()) {
            case CONFIRMED:
                OrderDetails paid = details.of(order);
                key.answer(paid);
                return new AlreadyConfirmed(paid);
            case EXPIRED:
                return refused(key, holdExpired(), false);
            case PENDING_PAYMENT:
                break;
            default:
                return refused(key, new ApiException(ErrorCode.ORDER_NOT_PAYABLE, "The order is " + order.status()
                        .name().toLowerCase() + " and cannot be paid", Map.of("status", order.status().name())), false);
        }
        if (order.payingAt(now)) {
            throw new Busy();
        }
        Hold hold = seats.find(order.holdId()).orElseThrow();
        OffsetDateTime until = now.plus(window);
        if (!hold.activeAt(now.toInstant()) || !orderId.equals(hold.orderId()) || !seats.keepUntil(hold, until.toInstant())) {
            order.end(OrderStatus.EXPIRED);
            return refused(key, holdExpired(), true);
        }
        order.startPaying(until);
        Payment payment = new Payment(UUID.randomUUID(), orderId, method.kind(), method.token(),
                order.totalAmount(), order.currency(), now);
        em.persist(payment);
        return new Started(orderId, payment.id(), new ChargeRequest(payment.gatewayKey(), payment.amount(),
                payment.currency(), payment.method(), payment.token()), hold,
                hold.expiresAt().isAfter(until.toInstant()) ? hold.expiresAt() : until.toInstant());
    }

    private static Refused refused(RequestKey<OrderDetails> key, ApiException reason, boolean expiredNow) {
        key.refuse(reason);
        return new Refused(reason, expiredNow);
    }

    /** Declined: the order may be paid again while its hold lasts. */
    public PaymentDeclined declined(Started started, Charge charge, Duration took, RequestKey<OrderDetails> key) {
        Payment payment = em.find(Payment.class, started.paymentId());
        payment.decline(charge.declineCode(), now());
        payment.took(took.toMillis());
        em.find(Order.class, started.orderId(), LockModeType.PESSIMISTIC_WRITE).stopPaying();
        PaymentDeclined declined = new PaymentDeclined(charge.declineCode());
        key.refuse(declined);
        return declined;
    }

    /** The provider could not tell: the order stays locked for payment until settled later; the key may be used again. */
    public void unknown(UUID paymentId, String providerRef, RequestKey<OrderDetails> key) {
        em.find(Payment.class, paymentId).update(PaymentStatus.UNKNOWN, providerRef, now());
        key.release();
    }

    /**
     * Paid: in one transaction the seats are sold (the unique index is the fence), tickets issued, the order
     * confirmed and the confirmation raised. Throws {@link SeatSales.HoldLapsed} or
     * {@link com.boxoffice.seating.control.SeatsUnavailable} and rolls back when the sale is refused.
     */
    public OrderDetails complete(Started started, Charge charge, Duration took, RequestKey<OrderDetails> key) {
        Order order = em.find(Order.class, started.orderId(), LockModeType.PESSIMISTIC_WRITE);
        OffsetDateTime now = now();
        if (order.status() != OrderStatus.PENDING_PAYMENT || !order.payingAt(now)) {
            throw new SeatSales.HoldLapsed(); // ended meanwhile, or this attempt outlived its time and is being settled
        }
        seats.sell(order.holdId(), order.id(), order.seatIds());
        List<Ticket> tickets = new ArrayList<>();
        for (String seat : order.seatIds()) {
            Ticket ticket = new Ticket(UUID.randomUUID(), order.id(), order.showId(), seat, TicketCodes.next(), now);
            em.persist(ticket);
            tickets.add(ticket);
        }
        order.confirm(started.paymentId(), now);
        Payment payment = em.find(Payment.class, started.paymentId());
        payment.update(PaymentStatus.CAPTURED, charge.chargeId(), now);
        payment.took(took.toMillis());
        OrderDetails paid = details.ofNew(order, tickets);
        confirmed.fire(new OrderConfirmed(order.id(), order.customer().email(), receipts.of(paid)));
        key.answer(paid);
        return paid;
    }

    /**
     * A payment whose outcome its request never learnt (UNKNOWN) and that the provider now says is authorized or
     * captured: claimed for finishing (so a second event does nothing) while its order still waits for it.
     */
    public Optional<Started> resume(String gatewayKey) {
        List<Object[]> found = em.createQuery("SELECT p.id, p.orderId FROM Payment p WHERE p.gatewayKey = :key", Object[].class)
                .setParameter("key", gatewayKey).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Order order = em.find(Order.class, found.get(0)[1], LockModeType.PESSIMISTIC_WRITE);
        Payment payment = em.find(Payment.class, found.get(0)[0], LockModeType.PESSIMISTIC_WRITE);
        OffsetDateTime now = now();
        UUID latest = em.createQuery("SELECT p.id FROM Payment p WHERE p.orderId = :order ORDER BY p.createdAt DESC", UUID.class)
                .setParameter("order", order.id()).setMaxResults(1).getSingleResult();
        if (payment.status() != PaymentStatus.UNKNOWN || order.status() != OrderStatus.PENDING_PAYMENT
                || !order.payingAt(now) || !latest.equals(payment.id())) {
            return Optional.empty();
        }
        payment.update(PaymentStatus.AUTHORIZED, null, now);
        Hold hold = seats.find(order.holdId()).orElseThrow();
        return Optional.of(new Started(order.id(), payment.id(), new ChargeRequest(payment.gatewayKey(), payment.amount(),
                payment.currency(), payment.method(), payment.token()), hold, order.payingUntil().toInstant()));
    }

    /** The sale was refused after the provider was asked: the order ends and the money is due back. */
    public void abandon(Started started, OrderStatus outcome, ApiException reason, String providerRef,
                        RequestKey<OrderDetails> key) {
        Order order = em.find(Order.class, started.orderId(), LockModeType.PESSIMISTIC_WRITE);
        if (order.status() == OrderStatus.PENDING_PAYMENT) {
            order.end(outcome);
        }
        em.find(Payment.class, started.paymentId()).update(PaymentStatus.REFUND_DUE, providerRef, now());
        key.refuse(reason);
    }

    static HoldExpired holdExpired() {
        return new HoldExpired("The hold ran out or was released before the payment; nothing was charged");
    }

    private OffsetDateTime now() {
        return Now.utc(clock);
    }
}
