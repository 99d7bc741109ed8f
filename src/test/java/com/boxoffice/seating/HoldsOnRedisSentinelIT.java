package com.boxoffice.seating;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.support.Api;
import com.boxoffice.support.Api.Reply;
import com.boxoffice.support.Backends;
import com.boxoffice.support.Purchases;
import com.boxoffice.support.RedisServers;
import com.boxoffice.support.SeatAudit;
import com.boxoffice.support.Shows;
import com.boxoffice.support.Users.SignedIn;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.args.ClientType;
import redis.clients.jedis.params.ClientKillParams;

/**
 * The holds contract and its races on a server that finds its Redis master through three sentinels
 * (processes of this test's own), then two fail-overs: one that promotes a replica which missed writes the
 * master had acknowledged (the master refuses it PSYNC by ACL) (PostgreSQL refuses those seats to anyone else and Redis gets them back), and one
 * in the middle of a flash sale (holds go on after it); PostgreSQL's audit finds no seat in two active holds
 * and none sold twice.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HoldsOnRedisSentinelIT extends HoldsOnRedisTopologyCases {

    private static final int FIRST = 7401;
    private static final int SECOND = 7402;
    private static final int FIRST_SENTINEL = 7411;
    private static RedisServers redis;

    @BeforeAll
    static void sentinelsAndServer() throws Exception {
        redis = RedisServers.sentinel(FIRST, SECOND, FIRST_SENTINEL);
        serveOn("boxofficeSentinel", 700, Map.of(
                "BOXOFFICE_REDIS_SENTINELS", "127.0.0.1:" + FIRST_SENTINEL + ",127.0.0.1:" + (FIRST_SENTINEL + 1)
                        + ",127.0.0.1:" + (FIRST_SENTINEL + 2),
                "BOXOFFICE_REDIS_SENTINEL_MASTER", RedisServers.SENTINEL_MASTER));
    }

    @AfterAll
    static void stop() throws Exception {
        stopServing();
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    @Order(Integer.MAX_VALUE - 1)
    void aPromotedReplicaThatMissedAcknowledgedLocksHandsNoneOfThoseSeatsOut() throws Exception {
        Api.get("/api/shows/" + show + "/seatmap"); // the show's state is in Redis, and on the replica:
        try (Jedis master = new Jedis("127.0.0.1", FIRST)) {
            assertEquals(1, master.waitReplicas(1, 5_000));
            // from here the replica misses every write: it may no longer sync, and its link is dropped
            master.aclSetUser("default", "-psync", "-sync");
            master.clientKill(new ClientKillParams().type(ClientType.REPLICA));
        }
        await("the replica cut off").atMost(Duration.ofSeconds(10)).until(() -> {
            try (Jedis replica = new Jedis("127.0.0.1", SECOND)) {
                return replica.info("replication").contains("master_link_status:down");
            }
        });
        Reply held = hold(alice, show, "A1", "A2");
        assertEquals(201, held.status(), held.body());
        String alicesHold = held.object().getString("holdId");
        Purchases.buy(bob, show, "A3");

        redis.kill(FIRST);
        await("the sentinels promote the replica").atMost(Duration.ofSeconds(30))
                .until(() -> RedisServers.masterOf(FIRST_SENTINEL).endsWith(":" + SECOND));
        Thread.sleep(2_000); // the server hears of the switch from the sentinels
        try (Jedis promoted = new Jedis("127.0.0.1", SECOND)) {
            assertNull(promoted.get("seat:{" + show + "}:A1"), "the acknowledged lock was lost");
            assertTrue(!promoted.sismember("sold:{" + show + "}", "A3"), "so was the sale");
        }
        assertEquals("REDIS", Backends.current());

        SignedIn carol = crowd.get(0);
        for (String seat : List.of("A1", "A2", "A3")) {
            Reply refused = hold(carol, show, seat);
            assertEquals(409, refused.status(), seat + ": " + refused.body());
            assertEquals("SEATS_UNAVAILABLE", refused.errorCode());
        }
        try (Jedis promoted = new Jedis("127.0.0.1", SECOND)) {
            assertEquals(alicesHold, promoted.get("seat:{" + show + "}:A1"), "written back into Redis");
            assertTrue(promoted.sismember("sold:{" + show + "}", "A3"));
        }
        Map<String, String> statuses = statuses(show, null);
        assertEquals("HELD", statuses.get("A2"));
        assertEquals("BOOKED", statuses.get("A3"));
        assertEquals(201, hold(carol, show, "A4").status());
        Purchases.buy(alice, show, "A1", "A2"); // the hold Redis lost is still Alice's to buy
        assertEquals(0, SeatAudit.seatsInTwoActiveHolds(show));
        assertEquals(0, SeatAudit.seatsSoldTwice(show));
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void theMasterDiesDuringAFlashSaleAndHoldsGoOnAfterTheFailOver() throws Exception {
        redis.server(FIRST); // back, empty: the sentinels make it a replica of the new master
        await("a replica again").atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> {
            try (Jedis jedis = new Jedis("127.0.0.1", FIRST)) {
                return jedis.info("replication").contains("master_link_status:up");
            }
        });
        String sale = Shows.fresh();
        AtomicBoolean selling = new AtomicBoolean(true);
        AtomicInteger grantedAfter = new AtomicInteger();
        AtomicInteger refusals = new AtomicInteger();
        List<Reply> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
        Instant[] failedOverAt = {Instant.MAX};
        Thread[] buyers = new Thread[12];
        for (int b = 0; b < buyers.length; b++) {
            SignedIn buyer = crowd.get(b);
            buyers[b] = new Thread(() -> {
                while (selling.get()) {
                    String seat = (char) ('A' + ThreadLocalRandom.current().nextInt(6)) + ""
                            + (1 + ThreadLocalRandom.current().nextInt(10));
                    Reply reply = hold(buyer, sale, seat);
                    if (reply.status() == 201) {
                        if (Instant.now().isAfter(failedOverAt[0])) {
                            grantedAfter.incrementAndGet();
                        }
                        if (ThreadLocalRandom.current().nextInt(4) == 0) {
                            String order = Purchases.orderedOrFail(buyer, reply.object().getString("holdId"));
                            Purchases.pay(buyer, order, "tok_visa", null);
                        }
                    } else if (reply.status() == 409 || reply.status() == 503) {
                        refusals.incrementAndGet();
                    } else {
                        unexpected.add(reply);
                    }
                }
            });
            buyers[b].start();
        }
        Thread.sleep(3_000);
        redis.kill(SECOND);
        await("fail-over").atMost(Duration.ofSeconds(30))
                .until(() -> RedisServers.masterOf(FIRST_SENTINEL).endsWith(":" + FIRST));
        failedOverAt[0] = Instant.now();
        Backends.awaitBackend("REDIS");
        await("holds granted after the fail-over").atMost(Duration.ofSeconds(30)).until(() -> grantedAfter.get() >= 10);
        selling.set(false);
        for (Thread buyer : buyers) {
            buyer.join(30_000);
        }
        assertTrue(unexpected.isEmpty(), unexpected.toString());
        assertTrue(refusals.get() > 0);
        assertEquals("REDIS", Backends.current());
        assertEquals(0, SeatAudit.seatsInTwoActiveHolds(sale));
        assertEquals(0, SeatAudit.seatsSoldTwice(sale));
        assertTrue(SeatAudit.ticketsOf(sale) > 0, "some seats were sold");
    }
}
