package com.boxoffice.seating.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The hold_seats table: one row per seat of an active hold, whichever backend took it, whose primary key
 * (show, seat) makes two active holds on one seat impossible (migration V13: PostgreSQL is the arbiter of
 * holds, also when a Redis fail-over lost locks). The rows go when their hold ends.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class HoldSeatRows {

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    /**
     * Claims the seats for the hold (migration V13: rows of ended holds taken over, a hold ending in a
     * transaction still open waited for): false when a seat is sold or a live hold has one of them; the caller's
     * transaction must then roll back, as rows may have been written.
     */
    public boolean claim(UUID showId, UUID holdId, List<String> seatIds) {
        return Boolean.TRUE.equals(em.createNativeQuery("SELECT claim_hold_seats(?, ?, string_to_array(?, ','))")
                .setParameter(1, showId).setParameter(2, holdId).setParameter(3, String.join(",", seatIds))
                .getSingleResult());
    }

    /** The seats among {@code seatIds} that another customer's live hold has, or that are sold. */
    public List<String> taken(UUID showId, UUID userId, List<String> seatIds) {
        Object taken = em.createNativeQuery("SELECT seats_taken(?, ?, string_to_array(?, ','))")
                .setParameter(1, showId).setParameter(2, userId).setParameter(3, String.join(",", seatIds))
                .getSingleResult();
        return HoldRecords.seats((String) taken);
    }

    public void drop(UUID holdId) {
        drop(List.of(holdId));
    }

    public void drop(Collection<?> holdIds) {
        if (holdIds.isEmpty()) {
            return;
        }
        String ids = holdIds.stream().map(Object::toString).collect(Collectors.joining(","));
        em.createNativeQuery("DELETE FROM hold_seats WHERE hold_id = ANY (string_to_array(?, ',')::uuid[])")
                .setParameter(1, ids).executeUpdate();
    }
}
