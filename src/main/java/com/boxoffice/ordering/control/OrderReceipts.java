package com.boxoffice.ordering.control;

import com.boxoffice.catalog.control.ShowCatalog;
import com.boxoffice.catalog.control.ShowFacts;
import com.boxoffice.ordering.entity.Order;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Everything a customer's confirmation or cancellation message says about an order. */
@ApplicationScoped
public class OrderReceipts {

    public record Receipt(OrderDetails order, ShowFacts show) {
    }

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    @Inject
    OrderDetailsReader details;

    @Inject
    ShowCatalog shows;

    /** In the transaction that wrote the order: the show's facts come from the persistence context or its cache. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Receipt of(OrderDetails order) {
        return new Receipt(order, shows.facts(order.showId()));
    }

    @Transactional
    public Receipt of(UUID orderId) {
        Order order = em.find(Order.class, orderId);
        return new Receipt(details.of(order), shows.facts(order.showId()));
    }
}
