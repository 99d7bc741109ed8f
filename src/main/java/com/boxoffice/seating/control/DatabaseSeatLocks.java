package com.boxoffice.seating.control;

import com.boxoffice.catalog.control.ShowCatalog;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seat locks in PostgreSQL, for while Redis is unreachable. Each operation is one transaction that first
 * locks the show's row (so holds of one show queue up and never deadlock), then checks sold seats and
 * every active hold — including those Redis took before it went away, which are recorded here too — and
 * writes the hold. A request whose seats are already sold or held by someone else is refused before it
 * queues for the lock: a refusal only needs one consistent read, and in a flash sale nearly every request
 * is one, so they no longer wait in line behind each other. The primary key of hold_seats makes two active
 * database holds on one seat impossible. The wait for the show's lock is bounded: in a stampede a request
 * that cannot get it in time gives its connection back and answers 503 (try again) instead of holding the
 * pool hostage.
 */
@ApplicationScoped
@Transactional
public class DatabaseSeatLocks {

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    @Inject
    ShowCatalog shows;

    @Inject
    HoldRecords records;

    @Inject
    HoldLimit limit;

    @Inject
    HoldSeatRows seatRows;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transaction;

    @Inject
    @ConfigProperty(name = "boxoffice.hold.lock-timeout-ms", defaultValue = "2000")
    long lockTimeoutMs;

    /*
     * Refusals are answered, not thrown: an exception leaving a transactional method is an incident report
     * (FFDC) on Liberty, far too dear for the commonest answer of a flash sale.
     */

    /**
     * Takes every seat of the new hold or none, releasing the user's previous hold of the show; the new hold
     * then ends when the previous one would have.
     */
    public SeatGrant take(Hold hold) {
        List<String> takenByOthers = unavailableToOthers(hold.showId(), hold.seatIds(), hold.userId());
        if (!takenByOthers.isEmpty()) {
            return SeatGrant.refused(takenByOthers);
        }
        if (limit.exceededBy(records.heldSeatsElsewhere(hold.userId(), hold.showId()), hold.seatIds().size())) {
            return SeatGrant.OVER_LIMIT;
        }
        lockShow(hold.showId());
        Hold previous = records.activeOf(hold.userId(), hold.showId()).orElse(null);
        List<String> taken = unavailable(hold.showId(), hold.seatIds(), previous == null ? null : previous.holdId());
        if (!taken.isEmpty()) {
            return SeatGrant.refused(taken);
        }
        Hold granted = hold;
        if (previous != null) {
            records.end(previous.holdId(), HoldStatus.RELEASED);
            granted = hold.endingAt(previous.expiresAt());
        }
        records.insert(granted);
        List<String> inTheWay = claim(hold, hold.seatIds());
        if (!inTheWay.isEmpty()) {
            return SeatGrant.refused(inTheWay);
        }
        return SeatGrant.granted(granted.expiresAt());
    }

    /** Replaces the hold's seats, all or nothing; refused when the hold ended or has an order by now. */
    public SeatChange change(Hold hold, List<String> seatIds, BigDecimal totalAmount) {
        List<String> takenByOthers = unavailableToOthers(hold.showId(), seatIds, hold.userId());
        if (!takenByOthers.isEmpty()) {
            return SeatChange.refused(takenByOthers);
        }
        if (limit.exceededBy(records.heldSeatsElsewhere(hold.userId(), hold.showId()), seatIds.size())) {
            return SeatChange.OVER_LIMIT;
        }
        lockShow(hold.showId());
        if (!records.lockChangeable(hold.holdId())) {
            return SeatChange.HOLD_UNCHANGEABLE;
        }
        List<String> taken = unavailable(hold.showId(), seatIds, hold.holdId());
        if (!taken.isEmpty()) {
            return SeatChange.refused(taken);
        }
        records.changeSeats(hold.holdId(), seatIds, totalAmount, LockBackend.DATABASE);
        seatRows.drop(hold.holdId());
        List<String> inTheWay = claim(hold, seatIds);
        return inTheWay.isEmpty() ? SeatChange.DONE : SeatChange.refused(inTheWay);
    }

    /**
     * The seats' rows for the hold; or, when a hold granted through Redis on another instance claimed one of
     * them since the check under the show's lock (Redis holds do not take it), the seats in the way, with this
     * transaction marked for rollback.
     */
    private List<String> claim(Hold hold, List<String> seatIds) {
        if (seatRows.claim(hold.showId(), hold.holdId(), seatIds)) {
            return List.of();
        }
        List<String> inTheWay = seatRows.taken(hold.showId(), hold.userId(), seatIds);
        transaction.setRollbackOnly();
        return inTheWay.isEmpty() ? seatIds : inTheWay;
    }

    public void release(Hold hold) {
        records.end(hold.holdId(), HoldStatus.RELEASED);
    }

    private void lockShow(UUID showId) {
        em.createNativeQuery("SELECT set_config('lock_timeout', ?, true)").setParameter(1, lockTimeoutMs + "ms")
                .getSingleResult();
        shows.lockForSeating(showId);
    }

    /**
     * Requested seats that are sold or in an active hold other than {@code exceptHold}, in request order.
     * Asked of PostgreSQL about these seats only: this runs under the show's lock, where every microsecond
     * is paid by everyone queued behind it.
     */
    private List<String> unavailable(UUID showId, List<String> seatIds, UUID exceptHold) {
        return unavailable(showId, seatIds, "hold_id IS DISTINCT FROM CAST(? AS uuid)",
                exceptHold == null ? null : exceptHold.toString());
    }

    /**
     * Requested seats that are sold or held by another user, read without the lock. Seats in any hold of the
     * caller's own do not count (a new hold replaces the old one), so whatever this finds could not have been
     * given to the caller at this moment, whoever gets the lock next.
     */
    private List<String> unavailableToOthers(UUID showId, List<String> seatIds, UUID userId) {
        return unavailable(showId, seatIds, "user_id <> CAST(? AS uuid)", userId.toString());
    }

    @SuppressWarnings("unchecked")
    private List<String> unavailable(UUID showId, List<String> seatIds, String whoseHolds, String whose) {
        String requested = String.join(",", new LinkedHashSet<>(seatIds));
        return em.createNativeQuery("SELECT r.seat FROM unnest(string_to_array(?, ',')) WITH ORDINALITY AS r (seat, n)"
                        + " WHERE r.seat IN (SELECT seat_id FROM sold_seats WHERE show_id = ? AND released_at IS NULL"
                        + "   AND seat_id = ANY (string_to_array(?, ','))"
                        + " UNION ALL SELECT unnest(seat_ids) FROM holds WHERE show_id = ? AND status = 'ACTIVE'"
                        + "   AND expires_at > now() AND " + whoseHolds
                        + "   AND seat_ids && CAST(string_to_array(?, ',') AS varchar(8)[]))"
                        + " ORDER BY r.n")
                .setParameter(1, requested).setParameter(2, showId).setParameter(3, requested).setParameter(4, showId)
                .setParameter(5, whose).setParameter(6, requested)
                .getResultList();
    }

}
