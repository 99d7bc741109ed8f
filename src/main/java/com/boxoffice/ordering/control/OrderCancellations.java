package com.boxoffice.ordering.control;

import com.boxoffice.catalog.control.ShowCancelled;
import com.boxoffice.catalog.control.ShowCatalog;
import com.boxoffice.catalog.control.ShowFacts;
import com.boxoffice.ordering.entity.Order;
import com.boxoffice.ordering.entity.OrderStatus;
import com.boxoffice.ordering.entity.Payment;
import com.boxoffice.ordering.entity.PaymentStatus;
import com.boxoffice.ordering.entity.Ticket;
import com.boxoffice.platform.error.ApiException;
import com.boxoffice.platform.error.ErrorCode;
import com.boxoffice.platform.error.NotFound;
import com.boxoffice.platform.security.Caller;
import com.boxoffice.platform.security.OwnerOrAdmin;
import com.boxoffice.seating.control.SeatSales;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Undoing confirmed orders: by the customer (theatre policy, over 2 hours before the show) or because the
 * show was cancelled. In one transaction the order is cancelled, its tickets void, its seats for sale
 * again and its payment marked for refund; the refund itself follows the commit and is retried until the
 * provider confirms it.
 */
@ApplicationScoped
public class OrderCancellations {

    /** What a cancellation changed, for the steps after its commit. */
    public record Cancelled(UUID paymentId) {
        static final Cancelled NOTHING = new Cancelled(null);
    }

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    @Inject
    ShowCatalog shows;

    @Inject
    SeatSales seats;

    @Inject
    Refunds refunds;

    @Inject
    PaymentRecords payments;

    @Inject
    OrderMetrics metrics;

    @Inject
    Event<OrderCancelled> cancelledEvents;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    @Transactional
    public Cancelled byCustomer(Caller caller, UUID orderId) {
        Order order = em.find(Order.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw new NotFound("Order");
        }
        OwnerOrAdmin.check(caller, order.userId().toString(), "Order");
        if (order.status() == OrderStatus.CANCELLED) {
            return Cancelled.NOTHING;
        }
        if (order.status() != OrderStatus.CONFIRMED) {
            throw notAllowed("Only a confirmed order can be cancelled");
        }
        ShowFacts show = shows.facts(order.showId());
        List<Ticket> tickets = tickets(order.id());
        String refusal = CancellationPolicy.refusal(show.cancellationAvailable(), show.startTime(),
                tickets.stream().anyMatch(t -> t.usedAt() != null), clock.instant());
        if (refusal != null) {
            throw notAllowed(refusal);
        }
        return cancel(order, tickets, "CUSTOMER");
    }

    /** After the commit the money goes back (the seats are for sale again by then: see SeatSales#unsell). */
    public void afterCommit(Cancelled cancelled) {
        if (cancelled.paymentId() == null) {
            return;
        }
        metrics.cancelled(1);
        refunds.settle(cancelled.paymentId());
    }

    /** In the show's cancelling transaction: its confirmed orders are cancelled, its unpaid ones end. */
    void onShowCancelled(@Observes ShowCancelled cancelled) {
        List<Order> orders = em.createQuery("SELECT o FROM CustomerOrder o WHERE o.showId = :show"
                        + " AND o.status IN :open", Order.class)
                .setParameter("show", cancelled.showId())
                .setParameter("open", List.of(OrderStatus.CONFIRMED, OrderStatus.PENDING_PAYMENT))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (Order order : orders) {
            if (order.status() == OrderStatus.CONFIRMED) {
                cancel(order, tickets(order.id()), "SHOW_CANCELLED");
            } else if (!order.payingAt(now())) {
                order.end(OrderStatus.EXPIRED); // a payment in flight finds its hold released and is reversed
            }
        }
    }

    /**
     * Refunds of a cancelled show go out in the background: there may be hundreds. (The persistence context
     * cannot be used while the cancelling transaction completes, so the task finds them in its own.)
     */
    void refundShow(@Observes(during = TransactionPhase.AFTER_SUCCESS) ShowCancelled cancelled) {
        executor.submit(() -> {
            List<UUID> due = payments.refundsDueOfShow(cancelled.showId());
            metrics.cancelled(due.size());
            due.forEach(refunds::settle);
        });
    }

    private Cancelled cancel(Order order, List<Ticket> tickets, String reason) {
        order.cancel(now());
        tickets.forEach(Ticket::voidIt);
        seats.unsell(order.showId(), order.id());
        Payment payment = em.find(Payment.class, order.paymentId());
        payment.update(PaymentStatus.REFUND_DUE, null, now());
        cancelledEvents.fire(new OrderCancelled(order.id(), order.customer().email(), reason));
        return new Cancelled(payment.id());
    }

    /** Locked, so that a check-in at the door and a cancellation cannot both succeed: whichever is second sees the first. */
    private List<Ticket> tickets(UUID orderId) {
        return em.createQuery("SELECT t FROM Ticket t WHERE t.orderId = :order ORDER BY t.id", Ticket.class)
                .setParameter("order", orderId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    private OffsetDateTime now() {
        return Now.utc(clock);
    }

    private static ApiException notAllowed(String why) {
        return new ApiException(ErrorCode.CANCELLATION_NOT_ALLOWED, why);
    }
}
