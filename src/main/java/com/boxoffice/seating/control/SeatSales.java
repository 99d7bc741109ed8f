package com.boxoffice.seating.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

/**
 * What ordering does with holds: ties a hold to its order, keeps it alive while a payment runs, turns it
 * into sold seats, and undoes a sale. Database steps join the caller's transaction; the Redis steps run
 * once it has committed, and if Redis is away then, the switch back to Redis brings the sold seats along.
 */
@ApplicationScoped
public class SeatSales {

    @Inject
    HoldRecords records;

    @Inject
    SoldSeats soldSeats;

    @Inject
    SeatLocks locks;

    @Inject
    Event<SeatsChanged> seatsChanged;

    @Inject
    Event<SaleUndone> saleUndone;

    public Optional<Hold> find(UUID holdId) {
        return records.find(holdId);
    }

    /**
     * Marks the active hold as the order's and answers it as it is now: a change of its seats that
     * committed a moment earlier is what the order gets. Empty when it is not active or already has an order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    /** Of these holds, the ones no longer active (ended, or their time ran out): their unpaid orders end too. */
    public Set<UUID> inactiveAmong(Collection<UUID> holdIds) {
        return records.inactiveAmong(holdIds);
    }

    public Optional<Hold> attachOrder(UUID holdId, UUID orderId) {
        return records.attachOrder(holdId, orderId);
    }

    /**
     * Keeps an active hold until at least {@code until} (a payment is running): never shortens it.
     * False when the hold is no longer active here or in Redis.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean keepUntil(Hold hold, Instant until) {
        return records.keepUntil(hold.holdId(), until) && locks.keepUntil(hold, until);
    }

    /**
     * Sells the hold's seats to the order: the hold must still be active, unchanged, and every seat unsold.
     * Throws {@link HoldLapsed} or {@link SeatsUnavailable}; the caller's transaction then rolls back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sell(UUID holdId, UUID orderId, List<String> seatIds) {
        HoldRecords.ForSale hold = records.lockForSale(holdId).orElseThrow(HoldLapsed::new);
        if (!hold.active() || !new HashSet<>(hold.seatIds()).equals(new HashSet<>(seatIds))) {
            throw new HoldLapsed();
        }
        records.convert(holdId);
        List<String> sold = soldSeats.sell(hold.showId(), orderId, seatIds);
        if (sold.size() != seatIds.size()) {
            List<String> refused = new ArrayList<>(seatIds);
            refused.removeAll(sold);
            throw new SeatsUnavailable(refused);
        }
    }

    /** After the sale committed: the hold path learns that the seats are sold, and the hold's keys go. */
    public void saleCommitted(Hold hold) {
        seatsChanged.fire(new SeatsChanged(hold.showId()));
        locks.sold(hold);
    }

    /**
     * Undoes the order's sale in the caller's transaction. Once it commits, the hold path may hand the
     * seats out again, whichever way the order was cancelled.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void unsell(UUID showId, UUID orderId) {
        saleUndone.fire(new SaleUndone(showId, soldSeats.release(orderId)));
    }

    void unsaleCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) SaleUndone undone) {
        seatsChanged.fire(new SeatsChanged(undone.showId()));
        locks.unsold(undone.showId(), undone.seatIds());
    }

    /** A sale undone in a transaction, for the steps after its commit. */
    record SaleUndone(UUID showId, List<String> seatIds) {
    }

    /** The hold ended (expired, released, replaced) before its seats could be sold. */
    public static final class HoldLapsed extends RuntimeException {
        public HoldLapsed() {
            super("The hold is no longer active", null, false, false);
        }
    }
}
