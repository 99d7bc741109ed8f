package com.boxoffice.platform.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;

/**
 * The Redis connection pool (BOXOFFICE_REDIS_URL). Timeouts are short: when Redis is slow or gone, callers
 * fall back to PostgreSQL or to memory rather than wait.
 */
@ApplicationScoped
public class RedisConnections {

    @Inject
    @ConfigProperty(name = "boxoffice.redis.url", defaultValue = "redis://localhost:6379")
    String url;

    @Inject
    @ConfigProperty(name = "boxoffice.redis.timeout-ms", defaultValue = "500")
    int timeoutMillis;

    @Inject
    @ConfigProperty(name = "boxoffice.redis.pool-max", defaultValue = "64")
    int poolMax;

    // A JedisPool has final methods and cannot be proxied: a @Singleton, not @ApplicationScoped, producer.
    @Produces
    @Singleton
    JedisPool pool() {
        JedisPoolConfig config = new JedisPoolConfig();
        config.setMaxTotal(poolMax);
        config.setMaxIdle(poolMax);
        config.setMinIdle(0);
        config.setMaxWait(Duration.ofMillis(timeoutMillis));
        config.setTestWhileIdle(true);
        config.setJmxEnabled(false);
        return new JedisPool(config, URI.create(url), timeoutMillis, timeoutMillis);
    }

    void close(@Disposes JedisPool pool) {
        pool.close();
    }
}
