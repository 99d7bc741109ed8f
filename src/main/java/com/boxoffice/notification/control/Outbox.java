package com.boxoffice.notification.control;

import com.boxoffice.notification.control.NotificationRecords.Kind;
import com.boxoffice.ordering.control.OrderCancelled;
import com.boxoffice.ordering.control.OrderConfirmed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Order events become notification rows in the order's own transaction (no order confirmed or cancelled
 * without its message, even if the server stops right after the commit), and are relayed to the queue
 * once that transaction committed.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    NotificationRecords records;

    @Inject
    NotificationRelay relay;

    void confirmed(@Observes OrderConfirmed event) {
        records.add(event.orderId(), Kind.ORDER_CONFIRMED, event.customerEmail());
    }

    void cancelled(@Observes OrderCancelled event) {
        records.add(event.orderId(), Kind.ORDER_CANCELLED, event.customerEmail());
    }

    void relayConfirmed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderConfirmed event) {
        relay.relaySoon(event.orderId(), Kind.ORDER_CONFIRMED);
    }

    void relayCancelled(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderCancelled event) {
        relay.relaySoon(event.orderId(), Kind.ORDER_CANCELLED);
    }
}
