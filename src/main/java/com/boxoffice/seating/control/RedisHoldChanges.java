package com.boxoffice.seating.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;

/**
 * Replacing the seats of a hold on the Redis path while its row is locked: an order made from the hold at
 * the same moment waits, then takes the new seats; or it came first, and the seats stay as they were.
 */
@ApplicationScoped
public class RedisHoldChanges {

    @Inject
    HoldRecords records;

    @Inject
    RedisSeatLocks redis;

    @Inject
    HoldLimit limit;

    @Transactional
    public SeatChange change(Hold hold, List<String> seatIds, BigDecimal totalAmount) {
        if (limit.exceededBy(records.heldSeatsElsewhere(hold.userId(), hold.showId()), seatIds.size())) {
            return SeatChange.OVER_LIMIT;
        }
        if (!records.lockChangeable(hold.holdId())) {
            return SeatChange.HOLD_UNCHANGEABLE;
        }
        RedisSeatLocks.Outcome outcome = redis.change(hold.showId(), hold.holdId(), seatIds);
        if (outcome == null) {
            return SeatChange.HOLD_UNCHANGEABLE;
        }
        if (!outcome.taken()) {
            return SeatChange.refused(outcome.conflicts());
        }
        records.changeSeats(hold.holdId(), seatIds, totalAmount, hold.backend());
        return SeatChange.DONE;
    }
}
