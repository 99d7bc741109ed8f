package com.boxoffice.seating.control;

import com.boxoffice.catalog.control.ShowSeatings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Writes what PostgreSQL knows into Redis: a show's whole state (active holds, sold seats and the completeness
 * marker) when Redis lacks it, and every hold and sale that changed during an outage; and says how long Redis keeps a
 * show's sold set — a day after the show starts, and for a show long past (its seat map still has readers) an
 * hour after it was last rebuilt.
 */
@ApplicationScoped
public class RedisShowState {

    private static final Duration SOLD_SET_KEPT_AFTER_START = Duration.ofDays(1);
    private static final Duration SOLD_SET_KEPT_AT_LEAST = Duration.ofHours(1);

    @Inject
    RedisSeatLocks redis;

    @Inject
    HoldRecords records;

    @Inject
    SoldSeats soldSeats;

    @Inject
    ShowSeatings seatings;

    @Inject
    Clock clock;

    /** Once Redis has the show's state, a later call changes nothing (holds released since do not come back). */
    public void warm(UUID showId) {
        redis.warm(showId, soldSetEnd(showId), soldSeats.of(showId), records.activeOfShow(showId), clock.millis());
    }

    /** Adds every seat sold now; removes the given released seats unless sold again since. */
    public void resyncSold(UUID showId, Collection<String> releasedSeats) {
        Set<String> sold = new HashSet<>(soldSeats.of(showId));
        List<String> unsold = releasedSeats.stream().filter(seat -> !sold.contains(seat)).toList();
        redis.resyncSold(showId, sold, unsold, soldSetEnd(showId));
    }

    /**
     * After an outage that began at {@code since}: the keys of holds that ended meanwhile go, every active
     * hold is written in, and the sold sets of shows whose sales changed are brought in line.
     */
    public void writeBack(Instant since) {
        for (Hold ended : records.endedSince(since)) {
            redis.release(ended);
        }
        redis.restore(records.allActive(), clock.millis());
        soldSeats.changedSince(since).forEach(this::resyncSold);
    }

    /**
     * After PostgreSQL refused seats that Redis handed out (a fail-over promoted a replica that lacked their
     * locks, or their sale): the live holds PostgreSQL has on them, and the show's sold seats, go back into Redis.
     */
    public void repair(UUID showId, Collection<String> seats) {
        redis.restore(records.holdingSeats(showId, seats), clock.millis());
        resyncSold(showId, List.of());
    }

    /** When the show's sold set may leave Redis (ms since the epoch). */
    public long soldSetEnd(UUID showId) {
        long afterTheShow = seatings.of(showId).startTime().plus(SOLD_SET_KEPT_AFTER_START).toEpochMilli();
        return Math.max(afterTheShow, clock.millis() + SOLD_SET_KEPT_AT_LEAST.toMillis());
    }
}
