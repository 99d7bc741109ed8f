package com.boxoffice.seating.control;

import com.boxoffice.platform.database.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The sold_seats table: a seat of a show is sold at most once, which its partial unique key on unreleased
 * sales makes certain whatever else goes wrong. Sales undone (cancellations, refunds) stay, released.
 */
@ApplicationScoped
@Transactional
public class SoldSeats {

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    public List<String> of(UUID showId) {
        List<String> seats = new ArrayList<>();
        for (Object seat : em.createNativeQuery("SELECT seat_id FROM sold_seats WHERE show_id = ? AND released_at IS NULL")
                .setParameter(1, showId).getResultList()) {
            seats.add((String) seat);
        }
        return seats;
    }

    /** Sells the seats to the order; answers the seats sold now (a seat sold already is left out). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> sell(UUID showId, UUID orderId, List<String> seatIds) {
        List<String> sold = new ArrayList<>();
        for (Object seat : em.createNativeQuery("INSERT INTO sold_seats (show_id, seat_id, order_id)"
                        + " SELECT ?, seat, ? FROM unnest(string_to_array(?, ',')) AS seat"
                        + " ON CONFLICT (show_id, seat_id) WHERE released_at IS NULL DO NOTHING RETURNING seat_id")
                .setParameter(1, showId).setParameter(2, orderId).setParameter(3, String.join(",", seatIds))
                .getResultList()) {
            sold.add((String) seat);
        }
        return sold;
    }

    /** Undoes the order's sale; answers the seats released. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> release(UUID orderId) {
        List<String> released = new ArrayList<>();
        for (Object seat : em.createNativeQuery("UPDATE sold_seats SET released_at = now() WHERE order_id = ?"
                + " AND released_at IS NULL RETURNING seat_id").setParameter(1, orderId).getResultList()) {
            released.add((String) seat);
        }
        return released;
    }

    /** Shows whose sales changed since the moment, each with the seats released since (possibly none). */
    public Map<UUID, List<String>> changedSince(Instant since) {
        Map<UUID, List<String>> changed = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT show_id, seat_id, released_at IS NOT NULL FROM sold_seats"
                        + " WHERE sold_at >= ? OR released_at >= ?")
                .setParameter(1, Timestamp.from(since)).setParameter(2, Timestamp.from(since)).getResultList()) {
            Object[] values = (Object[]) row;
            List<String> released = changed.computeIfAbsent(SqlValues.uuid(values[0]), show -> new ArrayList<>());
            if (Boolean.TRUE.equals(values[2])) {
                released.add((String) values[1]);
            }
        }
        return changed;
    }
}
