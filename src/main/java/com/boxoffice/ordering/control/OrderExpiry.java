package com.boxoffice.ordering.control;

import com.boxoffice.platform.database.SqlValues;
import com.boxoffice.seating.control.SeatSales;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Unpaid orders end with their hold: when its time ran out, or it was released, replaced or cancelled. */
@ApplicationScoped
public class OrderExpiry {

    /** Unpaid and no payment under way: the orders that may end. */
    private static final String UNPAID = "status = 'PENDING_PAYMENT' AND (paying_until IS NULL OR paying_until < now())";

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    @Inject
    SeatSales seats;

    /** Seating says which holds ended; a hold that ended never comes back, so the answer cannot go stale. */
    @Transactional
    public int expireDue() {
        List<UUID> holds = ((List<?>) em.createNativeQuery("SELECT hold_id FROM orders WHERE " + UNPAID).getResultList())
                .stream().map(SqlValues::uuid).toList();
        Set<UUID> ended = seats.inactiveAmong(holds);
        String endedIds = ended.stream().map(UUID::toString).collect(Collectors.joining(","));
        return em.createNativeQuery("UPDATE orders SET status = 'EXPIRED', version = version + 1 WHERE " + UNPAID
                        + " AND (expires_at <= now() OR hold_id = ANY (string_to_array(?, ',')::uuid[]))")
                .setParameter(1, endedIds).executeUpdate();
    }
}
