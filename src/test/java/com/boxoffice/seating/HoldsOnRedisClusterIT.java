package com.boxoffice.seating;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.support.Api.Reply;
import com.boxoffice.support.Backends;
import com.boxoffice.support.Purchases;
import com.boxoffice.support.RedisServers;
import com.boxoffice.support.SeatAudit;
import com.boxoffice.support.Shows;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisShardedPubSub;
import redis.clients.jedis.RedisClusterClient;

/**
 * The holds contract and its races on a server whose seat locks live in a Redis Cluster of three masters
 * (processes of this test's own): shows spread over the shards, each hold one script on one shard; seat-map
 * changes go out as sharded pub/sub; while the Cluster lacks a shard holds go through PostgreSQL, and a shard
 * that restarts empty is rebuilt from PostgreSQL.
 */
class HoldsOnRedisClusterIT extends HoldsOnRedisTopologyCases {

    private static final int FIRST_PORT = 7301;
    private static RedisServers cluster;

    @BeforeAll
    static void clusterAndServer() throws Exception {
        cluster = RedisServers.cluster(FIRST_PORT);
        serveOn("boxofficeCluster", 600, Map.of(
                "BOXOFFICE_REDIS_CLUSTER_NODES", "127.0.0.1:" + FIRST_PORT + ",127.0.0.1:" + (FIRST_PORT + 1)));
    }

    @AfterAll
    static void stop() throws Exception {
        stopServing();
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void showsSpreadOverMoreThanOneMaster() {
        for (int i = 0; i < 12; i++) {
            assertEquals(201, hold(alice, Shows.fresh(), "A1").status());
        }
        long mastersWithSeats = 0;
        for (int port = FIRST_PORT; port < FIRST_PORT + 3; port++) {
            mastersWithSeats += RedisServers.keysOn(port, "seat:*") > 0 ? 1 : 0;
        }
        assertTrue(mastersWithSeats >= 2, "seat keys on " + mastersWithSeats + " of 3 masters");
    }

    @Test
    void aSeatChangeIsAnnouncedOnTheShardedChannel() throws Exception {
        BlockingQueue<String> announced = new LinkedBlockingQueue<>();
        JedisShardedPubSub listener = new JedisShardedPubSub() {
            @Override
            public void onSMessage(String channel, String message) {
                announced.add(message);
            }
        };
        try (RedisClusterClient client = RedisClusterClient.create(Set.of(new HostAndPort("127.0.0.1", FIRST_PORT)))) {
            Thread subscriber = new Thread(() -> client.ssubscribe(listener, "boxoffice:seats-changed"));
            subscriber.start();
            await("subscribed").atMost(Duration.ofSeconds(10)).until(listener::isSubscribed);
            assertEquals(201, hold(bob, show, "C3").status());
            assertEquals(show, announced.poll(5, TimeUnit.SECONDS));
            listener.sunsubscribe();
            subscriber.join(5_000);
        }
    }

    @Test
    void aShardThatRestartsEmptyIsRebuiltFromPostgresql() throws Exception {
        assertEquals(201, hold(alice, show, "B1", "B2").status());
        Purchases.buy(bob, show, "B3");
        int shard = shardOf(show);
        cluster.kill(shard);
        int survivor = shard == FIRST_PORT ? FIRST_PORT + 1 : FIRST_PORT;
        await("the cluster marks the shard failed").atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            try (redis.clients.jedis.Jedis jedis = new redis.clients.jedis.Jedis("127.0.0.1", survivor)) {
                return jedis.clusterInfo().contains("cluster_state:fail");
            }
        });
        Reply during = hold(crowd.get(2), show, "B7");
        assertEquals(201, during.status(), "CLUSTERDOWN is an outage: the hold goes through PostgreSQL: " + during.body());
        cluster.server(shard, RedisServers.clusterNode(shard));
        assertEquals(0, RedisServers.keysOn(shard, "seat:{" + show + "}:*"), "the shard came back empty");
        RedisServers.awaitClusterOk(shard);
        Backends.awaitBackend("REDIS");
        for (String seat : List.of("B1", "B2", "B3", "B7")) {
            Reply refused = hold(crowd.get(1), show, seat);
            assertEquals(409, refused.status(), seat + " was held or sold before the restart: " + refused.body());
        }
        assertEquals(201, hold(crowd.get(1), show, "B9").status());
        assertEquals(0, SeatAudit.seatsInTwoActiveHolds(show));
        assertEquals(0, SeatAudit.seatsSoldTwice(show));
    }

    /** The master that holds the show's keys. */
    private static int shardOf(String show) {
        for (int port = FIRST_PORT; port < FIRST_PORT + 3; port++) {
            if (RedisServers.keysOn(port, "sold:{" + show + "}") > 0) {
                return port;
            }
        }
        throw new AssertionError("no master has the show " + show);
    }
}
