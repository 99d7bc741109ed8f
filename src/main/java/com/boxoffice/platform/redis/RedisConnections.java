package com.boxoffice.platform.redis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.apache.commons.pool2.impl.GenericObjectPool;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.RedisSentinelClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisBusyException;
import redis.clients.jedis.exceptions.JedisClusterException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * The Redis client, on the topology configured ({@link RedisTopology}): Jedis's own standalone, cluster
 * (follows MOVED and ASK, refreshes the slot map) or sentinel client (follows the master through fail-overs).
 * Timeouts are short: when Redis is slow or gone, callers fall back to PostgreSQL or to memory rather than wait.
 */
@ApplicationScoped
public class RedisConnections {

    private static final Logger LOG = Logger.getLogger(RedisConnections.class.getName());

    @Inject
    @ConfigProperty(name = "boxoffice.redis.url", defaultValue = "redis://localhost:6379")
    String url;

    @Inject
    @ConfigProperty(name = "boxoffice.redis.cluster-nodes")
    Optional<String> clusterNodes;

    @Inject
    @ConfigProperty(name = "boxoffice.redis.sentinels")
    Optional<String> sentinels;

    @Inject
    @ConfigProperty(name = "boxoffice.redis.sentinel-master", defaultValue = "boxoffice")
    String sentinelMaster;

    @Inject
    @ConfigProperty(name = "boxoffice.redis.password")
    Optional<String> password;

    /** The sentinels' own password, when it differs from the servers' (BOXOFFICE_REDIS_PASSWORD otherwise). */
    @Inject
    @ConfigProperty(name = "boxoffice.redis.sentinel-password")
    Optional<String> sentinelPassword;

    @Inject
    @ConfigProperty(name = "boxoffice.redis.tls", defaultValue = "false")
    boolean tls;

    @Inject
    @ConfigProperty(name = "boxoffice.redis.timeout-ms", defaultValue = "500")
    int timeoutMillis;

    @Inject
    @ConfigProperty(name = "boxoffice.redis.pool-max", defaultValue = "64")
    int poolMax;

    // The clients have final methods and cannot be proxied: a @Singleton, not @ApplicationScoped, producer.
    @Produces
    @Singleton
    UnifiedJedis client() {
        RedisTopology topology = RedisTopology.of(clusterNodes, sentinels, sentinelMaster);
        LOG.info(() -> "Redis: " + describe(topology));
        return switch (topology.kind()) {
            // a Cluster unreachable at start-up must not stop the start: the slot map is fetched on first use
            case CLUSTER -> initWithoutError().nodes(topology.nodes()).clientConfig(clientConfig(null))
                    .poolConfig(poolConfig()).maxAttempts(3).maxTotalRetriesDuration(Duration.ofMillis(3L * timeoutMillis))
                    .build();
            case SENTINEL -> RedisSentinelClient.builder().masterName(topology.masterName())
                    .sentinels(topology.nodes()).clientConfig(clientConfig(null)).sentinelClientConfig(sentinelConfig())
                    .poolConfig(poolConfig()).build();
            case SINGLE -> {
                URI uri = URI.create(url);
                if (!JedisURIHelper.isValid(uri)) {
                    throw new IllegalArgumentException("BOXOFFICE_REDIS_URL: expected redis://host:port, got " + url);
                }
                yield RedisClient.builder().hostAndPort(JedisURIHelper.getHostAndPort(uri))
                        .clientConfig(clientConfig(uri)).poolConfig(poolConfig()).build();
            }
        };
    }

    private static RedisClusterClient.Builder initWithoutError() {
        System.setProperty(RedisClusterClient.INIT_NO_ERROR_PROPERTY, "true");
        return RedisClusterClient.builder();
    }

    void close(@Disposes UnifiedJedis client) {
        client.close();
    }

    /** Error replies by which Redis says it cannot serve now, as opposed to a bug in what it was sent. */
    private static final List<String> OUTAGE_REPLIES =
            List.of("CLUSTERDOWN", "READONLY", "LOADING", "MASTERDOWN", "TRYAGAIN", "NOREPLICAS", "BUSY");

    /**
     * Whether a failure means Redis cannot serve now — unreachable, failing over, loading, a Cluster missing a
     * shard — so that callers fall back, rather than a bug (a script error), which they let through.
     */
    public static boolean isOutage(JedisException failure) {
        if (!(failure instanceof JedisDataException) || failure instanceof JedisClusterException
                || failure instanceof JedisBusyException) {
            return true;
        }
        String reply = String.valueOf(failure.getMessage());
        return OUTAGE_REPLIES.stream().anyMatch(reply::startsWith);
    }

    /**
     * After a call failed: the idle connections most likely died with it (or lead to a node that is gone), so
     * they go now rather than fail one by one, each on a later call, and no stale one answers for a while.
     */
    public static void dropIdleConnections(UnifiedJedis client) {
        if (client instanceof RedisClient single) {
            single.getPool().clear();
        } else if (client instanceof RedisClusterClient cluster) {
            cluster.getClusterNodes().values().forEach(GenericObjectPool::clear);
        } else if (client instanceof RedisSentinelClient sentinel) {
            sentinel.getPrimaryNodesConnectionMap().values().forEach(GenericObjectPool::clear);
        }
    }

    /** Credentials and TLS from the settings; a URL's own (user:password@, rediss://, /db) where it has them. */
    private JedisClientConfig clientConfig(URI uri) {
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(timeoutMillis).socketTimeoutMillis(timeoutMillis)
                .clientName("boxoffice").ssl(tls || uri != null && JedisURIHelper.isRedisSSLScheme(uri));
        if (uri != null) {
            config.user(JedisURIHelper.getUser(uri)).password(JedisURIHelper.getPassword(uri));
            if (JedisURIHelper.hasDbIndex(uri)) {
                config.database(JedisURIHelper.getDBIndex(uri));
            }
        }
        password.filter(p -> !p.isEmpty()).ifPresent(config::password);
        return config.build();
    }

    private JedisClientConfig sentinelConfig() {
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(timeoutMillis).socketTimeoutMillis(timeoutMillis)
                .clientName("boxoffice").ssl(tls);
        sentinelPassword.or(() -> password).filter(p -> !p.isEmpty()).ifPresent(config::password);
        return config.build();
    }

    private ConnectionPoolConfig poolConfig() {
        ConnectionPoolConfig config = new ConnectionPoolConfig();
        config.setMaxTotal(poolMax);
        config.setMaxIdle(poolMax);
        config.setMinIdle(0);
        config.setMaxWait(Duration.ofMillis(timeoutMillis));
        config.setTestWhileIdle(true);
        config.setJmxEnabled(false);
        return config;
    }

    private String describe(RedisTopology topology) {
        return switch (topology.kind()) {
            case CLUSTER -> "cluster, seed nodes " + topology.nodes();
            case SENTINEL -> "master '" + topology.masterName() + "' through sentinels " + topology.nodes();
            case SINGLE -> {
                URI uri = URI.create(url);
                yield "one server " + uri.getHost() + ":" + uri.getPort();
            }
        } + (tls ? ", TLS" : "");
    }
}
