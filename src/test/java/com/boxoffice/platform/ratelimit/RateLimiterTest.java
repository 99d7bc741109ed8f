package com.boxoffice.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.boxoffice.platform.redis.RedisAvailability;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** With Redis unreachable (nothing listens on port 1) the limiter counts in memory. */
class RateLimiterTest {

    private final RateLimiter limiter = new RateLimiter();
    private RedisAvailability availability;

    @BeforeEach
    void wire() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-17T11:30:10Z"), ZoneOffset.UTC);
        availability = new RedisAvailability(clock);
        limiter.clock = clock;
        limiter.availability = availability;
        limiter.redis = RedisClient.create("127.0.0.1", 1);
    }

    @AfterEach
    void close() {
        limiter.redis.close();
    }

    @Test
    void allowsTheLimitThenAnswers429WithTheSecondsLeftInTheWindow() {
        for (int i = 0; i < 3; i++) {
            assertDoesNotThrow(() -> limiter.acquire("login", "1.2.3.4", 3, Duration.ofMinutes(1)));
        }
        RateLimited limited = assertThrows(RateLimited.class,
                () -> limiter.acquire("login", "1.2.3.4", 3, Duration.ofMinutes(1)));
        assertEquals(429, limited.status());
        assertEquals("50", limited.headers().get("Retry-After"));
        assertFalse(availability.worthTrying(), "Redis is given a rest after failing");
    }

    @Test
    void keysAndBucketsCountApart() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("login", "1.2.3.4", 3, Duration.ofMinutes(1));
        }
        assertDoesNotThrow(() -> limiter.acquire("login", "5.6.7.8", 3, Duration.ofMinutes(1)));
        assertDoesNotThrow(() -> limiter.acquire("register", "1.2.3.4", 3, Duration.ofMinutes(1)));
    }

    @Test
    void aLimitOfZeroIsNoLimit() {
        for (int i = 0; i < 100; i++) {
            limiter.acquire("holds", "user", 0, Duration.ofMinutes(1));
        }
    }
}
