package com.boxoffice.ordering.control;

import com.boxoffice.ordering.entity.Customer;
import com.boxoffice.ordering.entity.Order;
import com.boxoffice.platform.error.NotFound;
import com.boxoffice.platform.paging.Page;
import com.boxoffice.platform.paging.PageRequest;
import com.boxoffice.platform.security.Caller;
import com.boxoffice.platform.security.OwnerOrAdmin;
import com.boxoffice.seating.control.HoldNotActive;
import com.boxoffice.seating.control.Hold;
import com.boxoffice.seating.control.SeatSales;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Orders: made from an active hold of the caller's, read by their owner (or an admin), cancelled with a refund. */
@ApplicationScoped
public class Orders {

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    @Inject
    SeatSales seats;

    @Inject
    OrderDetailsReader details;

    @Inject
    OrderCancellations cancellations;

    @Inject
    OrderMetrics metrics;

    @Inject
    Clock clock;

    /** One order per hold: the hold row decides between concurrent attempts. */
    @Transactional
    public OrderDetails create(Caller caller, UUID holdId, Customer customer) {
        Hold hold = seats.find(holdId)
                .filter(h -> h.userId().toString().equals(caller.userId()))
                .orElseThrow(() -> new NotFound("Hold"));
        UUID orderId = UUID.randomUUID();
        Hold attached = hold.activeAt(clock.instant()) ? seats.attachOrder(holdId, orderId).orElse(null) : null;
        if (attached == null) {
            throw new HoldNotActive();
        }
        OffsetDateTime now = now();
        Order order = new Order(orderId, attached.userId(), attached.showId(), holdId, attached.seatIds(),
                attached.totalAmount(), customer, now, attached.expiresAt().atOffset(ZoneOffset.UTC));
        em.persist(order);
        metrics.created();
        return details.of(order);
    }

    @Transactional
    public OrderDetails get(Caller caller, UUID orderId) {
        return details.of(visible(caller, orderId));
    }

    /** The caller's orders, newest first. */
    @Transactional
    public Page<OrderDetails> mine(Caller caller, PageRequest page) {
        UUID userId = UUID.fromString(caller.userId());
        List<Order> orders = em.createQuery("SELECT o FROM CustomerOrder o WHERE o.userId = :user"
                        + " ORDER BY o.createdAt DESC, o.id DESC", Order.class)
                .setParameter("user", userId).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("SELECT count(o) FROM CustomerOrder o WHERE o.userId = :user", Long.class)
                .setParameter("user", userId).getSingleResult();
        return Page.of(details.of(orders), page, total);
    }

    /**
     * Cancels a confirmed order of the caller's when the theatre allows it and the show is over 2 hours away;
     * cancelling a cancelled order again answers it unchanged. The refund follows the commit.
     */
    public OrderDetails cancel(Caller caller, UUID orderId) {
        OrderCancellations.Cancelled cancelled = cancellations.byCustomer(caller, orderId);
        cancellations.afterCommit(cancelled);
        return get(caller, orderId);
    }

    /** Owner or admin; anyone else is told it does not exist. */
    Order visible(Caller caller, UUID orderId) {
        Order order = em.find(Order.class, orderId);
        if (order == null) {
            throw new NotFound("Order");
        }
        OwnerOrAdmin.check(caller, order.userId().toString(), "Order");
        return order;
    }

    private OffsetDateTime now() {
        return Now.utc(clock);
    }

}
