package com.boxoffice.seating.control;

import com.boxoffice.platform.PeriodicTasks;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Chooses where seat locks are taken. The first Redis failure switches this instance to the database
 * path at once (later requests do not wait for Redis timeouts); a probe then checks Redis every second.
 * Before switching back, every hold the database knows is written into Redis and the keys of holds that
 * ended meanwhile are cleared, and sold seats that changed are brought in line — the last pass while no
 * database-path operation is running — so Redis forgets nothing that was taken or sold during the outage.
 */
@ApplicationScoped
public class LockRouter {

    private static final Logger LOG = Logger.getLogger(LockRouter.class.getName());
    private static final long PROBE_MILLIS = 1000;

    @Inject
    RedisSeatLocks redis;

    @Inject
    HoldRecords records;

    @Inject
    SoldSeats soldSeats;

    @Inject
    HoldMetrics metrics;

    @Inject
    Clock clock;

    @Inject
    PeriodicTasks periodic;

    private final ReentrantReadWriteLock switching = new ReentrantReadWriteLock();
    private volatile LockBackend backend = LockBackend.REDIS;
    private volatile Instant outageStart;

    /** Signals that the backend changed while an operation waited; the caller starts over. */
    static final class BackendChanged extends RuntimeException {
        BackendChanged() {
            super(null, null, false, false);
        }
    }

    @PostConstruct
    void start() {
        periodic.every(Duration.ofMillis(PROBE_MILLIS), "probe Redis", this::tryToRecover);
    }

    public LockBackend current() {
        return backend;
    }

    public void redisFailed(RedisUnavailable cause) {
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
    <T> T onDatabase(Supplier<T> operation) {
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
            redis.ping();
            copyDatabaseHoldsToRedis();
            switching.writeLock().lock();
            try {
                copyDatabaseHoldsToRedis();
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

    private void copyDatabaseHoldsToRedis() {
        Instant since = outageStart.minusSeconds(5);
        for (HoldRecord ended : records.endedSince(since)) {
            redis.release(ended.showId(), ended.holdId(), ended.userId());
        }
        redis.restore(records.allActive(), clock.millis());
        soldSeats.changedSince(since).forEach(redis::resyncSold);
    }
}
