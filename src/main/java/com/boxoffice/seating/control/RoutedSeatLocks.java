package com.boxoffice.seating.control;

import com.boxoffice.catalog.control.ShowSeating;
import com.boxoffice.platform.PeriodicTasks;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The seat locks callers get: on Redis, and on PostgreSQL while Redis is unreachable. The first Redis failure
 * switches this instance to the database at once (later requests do not wait for Redis timeouts); a probe then
 * checks Redis every second. Before switching back, everything that changed during the outage is written into
 * Redis — the last pass while no database-path operation runs — so Redis forgets nothing that was taken or
 * sold meanwhile. Steps that only tidy Redis after a commit are skipped while it is away: the write-back does
 * them. The only class that knows there are two stores.
 */
@ApplicationScoped
public class RoutedSeatLocks implements SeatLocks {

    private static final Logger LOG = Logger.getLogger(RoutedSeatLocks.class.getName());
    private static final long PROBE_MILLIS = 1000;

    @Inject
    SeatLocksOnRedis redis;

    @Inject
    SeatLocksOnDatabase database;

    @Inject
    RedisSeatLocks redisServer;

    @Inject
    RedisShowState showState;

    @Inject
    HoldMetrics metrics;

    @Inject
    PeriodicTasks periodic;

    @Inject
    Clock clock;

    private final ReentrantReadWriteLock switching = new ReentrantReadWriteLock();
    private volatile LockBackend backend = LockBackend.REDIS;
    private volatile Instant outageStart;

    /** The store changed while an operation waited for the database path; the operation starts over. */
    private static final class BackendChanged extends RuntimeException {
        BackendChanged() {
            super(null, null, false, false);
        }
    }

    @PostConstruct
    void start() {
        periodic.every(Duration.ofMillis(PROBE_MILLIS), "probe Redis", this::tryToRecover);
    }

    @Override
    public Hold take(Hold hold) {
        return onEither(() -> redis.take(hold), () -> database.take(hold));
    }

    @Override
    public SeatChange change(Hold hold, List<String> seatIds, BigDecimal totalAmount) {
        return onEither(() -> redis.change(hold, seatIds, totalAmount), () -> database.change(hold, seatIds, totalAmount));
    }

    @Override
    public void release(Hold hold) {
        onRedisOnly(() -> redis.release(hold));
    }

    @Override
    public boolean keepUntil(Hold hold, Instant until) {
        if (backend == LockBackend.REDIS) {
            try {
                return redis.keepUntil(hold, until);
            } catch (RedisUnavailable e) {
                redisFailed(e); // the database's expiry is what counts now, and is copied back later
            }
        }
        return database.keepUntil(hold, until);
    }

    @Override
    public void sold(Hold hold) {
        onRedisOnly(() -> redis.sold(hold));
    }

    @Override
    public void unsold(UUID showId, List<String> seatIds) {
        onRedisOnly(() -> redis.unsold(showId, seatIds));
    }

    @Override
    public void ended(List<Hold> holds) {
        onRedisOnly(() -> redis.ended(holds));
    }

    @Override
    public ShowOccupancy occupancy(ShowSeating show, UUID callerId) {
        if (backend == LockBackend.REDIS) {
            try {
                return redis.occupancy(show, callerId);
            } catch (RedisUnavailable e) {
                redisFailed(e);
            }
        }
        return database.occupancy(show, callerId);
    }

    @Override
    public LockBackend backend() {
        return backend;
    }

    /** Redis first; on the database when Redis is (or just became) unreachable. */
    private <T> T onEither(Supplier<T> onRedis, Supplier<T> onDatabase) {
        while (true) {
            if (backend == LockBackend.REDIS) {
                try {
                    return onRedis.get();
                } catch (RedisUnavailable e) {
                    redisFailed(e);
                }
            }
            try {
                return onDatabase(onDatabase);
            } catch (BackendChanged e) {
                // Redis came back while we waited: go again
            }
        }
    }

    /** A step only Redis needs; while it is away, the write-back does it when it is back. */
    private void onRedisOnly(Runnable step) {
        if (backend != LockBackend.REDIS) {
            return;
        }
        try {
            step.run();
        } catch (RedisUnavailable e) {
            redisFailed(e);
        }
    }

    private void redisFailed(RedisUnavailable cause) {
        synchronized (this) {
            if (backend == LockBackend.DATABASE) {
                return;
            }
            backend = LockBackend.DATABASE;
            outageStart = clock.instant();
        }
        metrics.fellBack();
        LOG.log(Level.WARNING, "Redis unreachable, seat locks now go through PostgreSQL: " + cause.getMessage());
    }

    /** Runs a database-path operation unless Redis came back meanwhile (then {@link BackendChanged}). */
    private <T> T onDatabase(Supplier<T> operation) {
        switching.readLock().lock();
        try {
            if (backend != LockBackend.DATABASE) {
                throw new BackendChanged();
            }
            return operation.get();
        } finally {
            switching.readLock().unlock();
        }
    }

    void tryToRecover() {
        if (backend != LockBackend.DATABASE) {
            return;
        }
        try {
            redisServer.ping();
            Instant since = outageStart.minusSeconds(5);
            showState.writeBack(since);
            switching.writeLock().lock();
            try {
                showState.writeBack(since);
                backend = LockBackend.REDIS;
            } finally {
                switching.writeLock().unlock();
            }
            LOG.info("Redis reachable again; holds taken meanwhile copied, seat locks back on Redis");
        } catch (RedisUnavailable e) {
            // still away
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not switch seat locks back to Redis yet", e);
        }
    }
}
