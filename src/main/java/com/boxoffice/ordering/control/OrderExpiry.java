package com.boxoffice.ordering.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Unpaid orders end with their hold: when its time ran out, or it was released, replaced or cancelled. */
@ApplicationScoped
public class OrderExpiry {

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    @Transactional
    public int expireDue() {
        return em.createNativeQuery("UPDATE orders o SET status = 'EXPIRED', version = version + 1"
                + " FROM holds h WHERE h.hold_id = o.hold_id AND o.status = 'PENDING_PAYMENT'"
                + " AND (o.paying_until IS NULL OR o.paying_until < now())"
                + " AND (o.expires_at <= now() OR h.status <> 'ACTIVE' OR h.expires_at <= now())").executeUpdate();
    }
}
