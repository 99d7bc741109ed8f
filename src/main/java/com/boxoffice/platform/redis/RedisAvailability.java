package com.boxoffice.platform.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Remembers that Redis just failed, so that for a short while callers go straight to their fallback
 * instead of each waiting for a timeout; after the pause the next call tries Redis again.
 */
@ApplicationScoped
public class RedisAvailability {

    private static final Logger LOG = Logger.getLogger(RedisAvailability.class.getName());
    private static final long PAUSE_MILLIS = 5_000;

    private final Clock clock;
    private volatile long downUntil;

    @Inject
    public RedisAvailability(Clock clock) {
        this.clock = clock;
    }

    /** For the CDI proxy only. */
    protected RedisAvailability() {
        this(Clock.systemUTC());
    }

    public boolean worthTrying() {
        return clock.millis() >= downUntil;
    }

    public void failed(RuntimeException cause) {
        if (worthTrying()) {
            LOG.warning("Redis unavailable, using the fallback for " + PAUSE_MILLIS / 1000 + " s: " + cause.getMessage());
        }
        downUntil = clock.millis() + PAUSE_MILLIS;
    }
}
