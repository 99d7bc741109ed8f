package com.boxoffice.seating.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
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
    HoldMetrics metrics;

    @Inject
    Clock clock;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private final ReentrantReadWriteLock switching = new ReentrantReadWriteLock();
    private volatile LockBackend backend = LockBackend.REDIS;
    private volatile Instant outageStart;
    private ScheduledFuture<?> probe;

    /** Signals that the backend changed while an operation waited; the caller starts over. */
    static final class BackendChanged extends RuntimeException {
        BackendChanged() {
            super(null, null, false, false);
        }
    }

    @PostConstruct
    void start() {
        probe = scheduler.scheduleWithFixedDelay(this::tryToRecover, PROBE_MILLIS, PROBE_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (probe != null) {
            probe.cancel(false);
        }
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
        records.salesChangedSince(since).forEach(redis::resyncSold);
    }
}
