package com.boxoffice.seating.control;

import com.boxoffice.catalog.control.LayoutSeat;
import com.boxoffice.catalog.control.ShowSeating;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Seat locks in Redis (one script per step, {@link RedisSeatLocks}), every hold also recorded in PostgreSQL,
 * which decides what Redis cannot see: the fair-use limit across shows, seats an instance still on the
 * database path holds, and seats whose locks or sale a Redis fail-over lost (PostgreSQL is the arbiter of
 * every active hold: such a seat is refused, and written back into Redis). A show Redis lacks is written back first ({@link RedisShowState}). Throws
 * {@link RedisUnavailable} when Redis cannot be reached; {@link RoutedSeatLocks} then moves to the database.
 */
@ApplicationScoped
@Typed(SeatLocksOnRedis.class)
public class SeatLocksOnRedis implements SeatLocks {

    @Inject
    RedisSeatLocks redis;

    @Inject
    RedisShowState showState;

    @Inject
    RedisHoldChanges changes;

    @Inject
    HoldRecords records;

    @Inject
    HoldLimit holdLimit;

    @Inject
    HoldMetrics metrics;

    @Inject
    Event<SeatsChanged> seatsChanged;

    @Inject
    Clock clock;

    @Override
    public Hold take(Hold hold) {
        RedisSeatLocks.Outcome outcome = warm(hold.showId(), () -> redis.take(hold.showId(), hold.holdId(),
                hold.userId(), hold.seatIds(), hold.expiresAt()));
        if (!outcome.taken()) {
            metrics.conflicted(LockBackend.REDIS);
            throw new SeatsUnavailable(outcome.conflicts());
        }
        Hold granted = hold.on(LockBackend.REDIS).endingAt(outcome.expiresAt());
        HoldRecords.Recorded recorded;
        try {
            recorded = records.recordRedisHold(granted, outcome.grantedAt(), holdLimit.maxSeats());
        } catch (RuntimeException e) {
            redis.release(hold);
            throw e;
        }
        if (recorded.overLimit()) {
            giveBack(granted, outcome.replacedHold());
            throw holdLimit.reached();
        }
        if (!recorded.heldElsewhere().isEmpty()) {
            giveBack(granted, outcome.replacedHold());
            showState.repair(hold.showId(), recorded.heldElsewhere());
            metrics.conflicted(LockBackend.REDIS);
            throw new SeatsUnavailable(recorded.heldElsewhere());
        }
        // RELEASED when a newer hold of the same user and show, granted a moment later, replaced it
        return granted.stored(recorded.status());
    }

    /**
     * Undoes a Redis grant that PostgreSQL refused to record: its seats go, and the user's hold of the show
     * that it replaced in Redis (still active on record) takes its seats back — or, where someone took one
     * of them in the meantime, ends, so that no seat is ever in two active holds.
     */
    private void giveBack(Hold refused, UUID replaced) {
        redis.release(refused);
        if (replaced == null) {
            return;
        }
        records.find(replaced).filter(previous -> previous.activeAt(clock.instant())).ifPresent(previous -> {
            RedisSeatLocks.Outcome back = redis.take(previous.showId(), previous.holdId(), previous.userId(),
                    previous.seatIds(), previous.expiresAt());
            if (!back.taken() && records.end(previous.holdId(), HoldStatus.RELEASED)) {
                metrics.released();
            }
            seatsChanged.fire(new SeatsChanged(previous.showId()));
        });
    }

    @Override
    public SeatChange change(Hold hold, List<String> seatIds, BigDecimal totalAmount) {
        SeatChange change = warm(hold.showId(), () -> changes.change(hold, seatIds, totalAmount));
        if (!change.unavailable().isEmpty()) {
            metrics.conflicted(LockBackend.REDIS);
        }
        return change;
    }

    @Override
    public void release(Hold hold) {
        redis.release(hold);
    }

    @Override
    public boolean keepUntil(Hold hold, Instant until) {
        long ttl = Math.max(1, until.toEpochMilli() - clock.millis());
        return warm(hold.showId(), () -> redis.extend(hold, ttl));
    }

    @Override
    public void sold(Hold hold) {
        redis.sell(hold, showState.soldSetEnd(hold.showId()));
    }

    @Override
    public void unsold(UUID showId, List<String> seatIds) {
        if (!seatIds.isEmpty()) {
            redis.unsell(showId, seatIds);
        }
    }

    @Override
    public void ended(List<Hold> holds) {
        holds.forEach(this::release);
    }

    @Override
    public ShowOccupancy occupancy(ShowSeating show, UUID callerId) {
        List<String> seatIds = show.layout().seats().stream().map(LayoutSeat::seatId).toList();
        RedisSeatLocks.Snapshot snapshot = warm(show.showId(), () -> redis.snapshot(show.showId(), seatIds, callerId));
        Set<String> mine = new HashSet<>();
        if (snapshot.callersHold() != null) {
            snapshot.holdBySeat().forEach((seat, hold) -> {
                if (hold.equals(snapshot.callersHold())) {
                    mine.add(seat);
                }
            });
        }
        return new ShowOccupancy(snapshot.holdBySeat().keySet(), mine, snapshot.sold());
    }

    @Override
    public LockBackend backend() {
        return LockBackend.REDIS;
    }

    /** Runs a step; when Redis lacks the show's state, writes it back and runs the step again. */
    private <T> T warm(UUID showId, Supplier<T> step) {
        try {
            return step.get();
        } catch (ShowNotWarm e) {
            showState.warm(showId);
            return step.get();
        }
    }
}
