package com.boxoffice.platform.ratelimit;

import com.boxoffice.platform.Digests;
import com.boxoffice.platform.redis.RedisAvailability;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Fixed-window request limits ("at most N per window per key"), shared by every instance through Redis
 * and kept in this instance's memory while Redis is unreachable. Keys are hashed, so emails and
 * addresses never appear in Redis.
 */
@ApplicationScoped
public class RateLimiter {

    private static final String INCREMENT = "local n = redis.call('INCR', KEYS[1]) "
            + "if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end return n";
    private static final int PURGE_ABOVE_KEYS = 10_000;

    @Inject
    UnifiedJedis redis;

    @Inject
    RedisAvailability availability;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "boxoffice.rate-limit.window-seconds", defaultValue = "60")
    int windowSeconds = 60;

    private final Map<String, AtomicLong> local = new ConcurrentHashMap<>();

    /** As {@link #acquire(String, String, int, Duration)} with the configured window (BOXOFFICE_RATE_LIMIT_WINDOW_SECONDS). */
    public void acquire(String bucket, String key, int limit) {
        acquire(bucket, key, limit, Duration.ofSeconds(windowSeconds));
    }

    /**
     * Counts one request for {@code key} in {@code bucket}; beyond {@code limit} in the current window it
     * throws {@link RateLimited} with the seconds until the window ends. A limit of 0 or less is no limit.
     */
    public void acquire(String bucket, String key, int limit, Duration window) {
        if (limit <= 0) {
            return;
        }
        long now = clock.millis();
        long windowMillis = window.toMillis();
        long windowIndex = now / windowMillis;
        String counterKey = "ratelimit:" + bucket + ":" + digest(key) + ":" + windowIndex;
        long count = increment(counterKey, windowMillis, windowIndex);
        if (count > limit) {
            long retryAfter = Math.max(1, ((windowIndex + 1) * windowMillis - now + 999) / 1000);
            throw new RateLimited(retryAfter);
        }
    }

    private long increment(String counterKey, long windowMillis, long windowIndex) {
        if (availability.worthTrying()) {
            try {
                return (Long) redis.eval(INCREMENT, 1, counterKey, Long.toString(windowMillis * 2));
            } catch (JedisException e) {
                availability.failed(e);
            }
        }
        if (local.size() > PURGE_ABOVE_KEYS) {
            String current = ":" + windowIndex;
            local.keySet().removeIf(k -> !k.endsWith(current));
        }
        return local.computeIfAbsent(counterKey, k -> new AtomicLong()).incrementAndGet();
    }

    /** Enough of the key's hash to tell keys apart, and nothing of the key (an email, an address). */
    private static String digest(String key) {
        return Digests.sha256Hex(key).substring(0, 24);
    }
}
