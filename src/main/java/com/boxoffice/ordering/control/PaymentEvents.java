package com.boxoffice.ordering.control;

import com.boxoffice.ordering.gateway.Charge;
import com.boxoffice.ordering.gateway.ProviderEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;

/**
 * Applies a provider's verified events, each at most once (by its id): an authorization or capture of a payment
 * whose request gave up finishes the sale ({@link Checkout#completeByProvider}); anything else about a payment is
 * already known from the calls that made it, and is only recorded. The effects are guarded by the order's state
 * under its lock, so two deliveries of one event at the same moment still sell once.
 */
@ApplicationScoped
public class PaymentEvents {

    private static final Logger LOG = Logger.getLogger(PaymentEvents.class.getName());

    @Inject
    Checkout checkout;

    @Inject
    EventLog log;

    /** @return false when the event was applied before (a redelivery) */
    public boolean apply(String provider, ProviderEvent event) {
        if (log.seen(provider, event.eventId())) {
            return false;
        }
        Charge charge = event.charge();
        if (event.paymentKey() != null && charge != null
                && (charge.state() == Charge.State.AUTHORIZED || charge.state() == Charge.State.CAPTURED)) {
            checkout.completeByProvider(event.paymentKey(), charge.chargeId());
        }
        boolean first = log.record(provider, event);
        LOG.fine(() -> provider + " event " + event.eventId() + " (" + event.type() + ") applied");
        return first;
    }

    /** The table of events applied. */
    @ApplicationScoped
    @Transactional
    public static class EventLog {

        @PersistenceContext(unitName = "boxoffice")
        EntityManager em;

        boolean seen(String provider, String eventId) {
            return !em.createNativeQuery("SELECT 1 FROM payment_events WHERE provider = ? AND event_id = ?")
                    .setParameter(1, provider).setParameter(2, eventId).getResultList().isEmpty();
        }

        boolean record(String provider, ProviderEvent event) {
            return em.createNativeQuery("INSERT INTO payment_events (provider, event_id, type, payment_key)"
                            + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                    .setParameter(1, provider).setParameter(2, event.eventId()).setParameter(3, event.type())
                    .setParameter(4, event.paymentKey()).executeUpdate() == 1;
        }
    }
}
