package com.boxoffice.seating.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;

/**
 * Replacing the seats of a hold on the Redis path while its row is locked: an order made from the hold at
 * the same moment waits, then takes the new seats; or it came first, and the seats stay as they were. The new
 * seats are claimed in PostgreSQL first (the arbiter of holds), then in Redis; a refusal by either rolls the
 * claim back.
 */
@ApplicationScoped
public class RedisHoldChanges {

    @Inject
    HoldRecords records;

    @Inject
    RedisSeatLocks redis;

    @Inject
    HoldSeatRows seatRows;

    @Inject
    HoldLimit limit;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transaction;

    @Transactional
    public SeatChange change(Hold hold, List<String> seatIds, BigDecimal totalAmount) {
        if (limit.exceededBy(records.heldSeatsElsewhere(hold.userId(), hold.showId()), seatIds.size())) {
            return SeatChange.OVER_LIMIT;
        }
        if (!records.lockChangeable(hold.holdId())) {
            return SeatChange.HOLD_UNCHANGEABLE;
        }
        seatRows.drop(hold.holdId());
        if (!seatRows.claim(hold.showId(), hold.holdId(), seatIds)) {
            List<String> inTheWay = seatRows.taken(hold.showId(), hold.userId(), seatIds);
            transaction.setRollbackOnly();
            return SeatChange.refused(inTheWay.isEmpty() ? seatIds : inTheWay);
        }
        RedisSeatLocks.Outcome outcome = redis.change(hold, seatIds);
        if (outcome == null || !outcome.taken()) {
            transaction.setRollbackOnly();
            return outcome == null ? SeatChange.HOLD_UNCHANGEABLE : SeatChange.refused(outcome.conflicts());
        }
        records.changeSeats(hold.holdId(), seatIds, totalAmount, hold.backend());
        return SeatChange.DONE;
    }
}
