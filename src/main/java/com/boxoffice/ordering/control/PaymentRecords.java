package com.boxoffice.ordering.control;

import com.boxoffice.ordering.entity.Order;
import com.boxoffice.ordering.entity.OrderStatus;
import com.boxoffice.ordering.entity.Payment;
import com.boxoffice.ordering.entity.PaymentStatus;
import com.boxoffice.ordering.gateway.Charge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The payments table, for refunds and for settling attempts that never finished. */
@ApplicationScoped
@Transactional
public class PaymentRecords {

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    @Inject
    Clock clock;

    public Payment find(UUID paymentId) {
        return em.find(Payment.class, paymentId);
    }

    public void record(UUID paymentId, Charge charge) {
        em.find(Payment.class, paymentId).update(status(charge), charge.chargeId(), now());
    }

    /**
     * A refund the provider confirmed, recorded once: the cancellation and the housekeeping sweep may both settle
     * the same refund at the same moment, and the second (waiting on the row) must not restamp it.
     */
    public void recordRefund(UUID paymentId, Charge charge) {
        Payment payment = em.find(Payment.class, paymentId, LockModeType.PESSIMISTIC_WRITE);
        if (payment.status() == PaymentStatus.REFUND_DUE) {
            payment.update(status(charge), charge.chargeId(), now());
        }
    }

    /**
     * Attempts left unfinished (the server stopped, the provider did not answer) whose order is not being
     * paid any more and was not paid by them: their money, if any, must go back.
     */
    public List<UUID> stranded() {
        return em.createQuery("SELECT p.id FROM Payment p, CustomerOrder o WHERE o.id = p.orderId"
                        + " AND p.status IN :unsettled AND (o.payingUntil IS NULL OR o.payingUntil < :now)"
                        + " AND NOT (o.status = :confirmed AND o.paymentId = p.id)", UUID.class)
                .setParameter("unsettled", List.of(PaymentStatus.STARTED, PaymentStatus.AUTHORIZED,
                        PaymentStatus.CAPTURED, PaymentStatus.UNKNOWN))
                .setParameter("now", now()).setParameter("confirmed", OrderStatus.CONFIRMED)
                .setMaxResults(100).getResultList();
    }

    /** Payments whose request timed out (UNKNOWN) while their order still waits for them. */
    public List<UUID> unknownWhilePaying() {
        return em.createQuery("SELECT p.id FROM Payment p, CustomerOrder o WHERE o.id = p.orderId AND p.status = :unknown"
                        + " AND o.status = :pending AND o.payingUntil > :now", UUID.class)
                .setParameter("unknown", PaymentStatus.UNKNOWN).setParameter("pending", OrderStatus.PENDING_PAYMENT)
                .setParameter("now", now()).setMaxResults(100).getResultList();
    }

    /** Refunds that the provider has not confirmed yet. */
    public List<UUID> refundsDue() {
        return em.createQuery("SELECT p.id FROM Payment p WHERE p.status = :due", UUID.class)
                .setParameter("due", PaymentStatus.REFUND_DUE).setMaxResults(100).getResultList();
    }

    /** The refunds due for the orders of one show (a cancelled show's). */
    public List<UUID> refundsDueOfShow(UUID showId) {
        return em.createQuery("SELECT p.id FROM Payment p, CustomerOrder o WHERE o.id = p.orderId"
                        + " AND o.showId = :show AND p.status = :due", UUID.class)
                .setParameter("show", showId).setParameter("due", PaymentStatus.REFUND_DUE).getResultList();
    }

    /**
     * Under the order's lock, so that a late request cannot confirm with it meanwhile: an attempt the
     * provider never heard of is closed as declined, any other becomes a refund due. False if no longer stranded.
     */
    public boolean strand(UUID paymentId, boolean providerKnowsIt) {
        Payment payment = em.find(Payment.class, paymentId);
        Order order = em.find(Order.class, payment.orderId(), LockModeType.PESSIMISTIC_WRITE);
        OffsetDateTime now = now();
        boolean paidWithIt = order.status() == OrderStatus.CONFIRMED && payment.id().equals(order.paymentId());
        if (paidWithIt || order.payingAt(now) || !List.of(PaymentStatus.STARTED, PaymentStatus.AUTHORIZED,
                PaymentStatus.CAPTURED, PaymentStatus.UNKNOWN).contains(payment.status())) {
            return false;
        }
        if (providerKnowsIt) {
            payment.update(PaymentStatus.REFUND_DUE, null, now);
        } else {
            payment.decline("never reached the provider", now);
        }
        return providerKnowsIt;
    }

    static PaymentStatus status(Charge charge) {
        return switch (charge.state()) {
            case AUTHORIZED -> PaymentStatus.AUTHORIZED;
            case CAPTURED -> PaymentStatus.CAPTURED;
            case DECLINED -> PaymentStatus.DECLINED;
            case VOIDED -> PaymentStatus.VOIDED;
            case REFUNDED -> PaymentStatus.REFUNDED;
        };
    }

    private OffsetDateTime now() {
        return Now.utc(clock);
    }
}
