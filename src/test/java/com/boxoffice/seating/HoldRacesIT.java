package com.boxoffice.seating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.support.Api.Reply;
import com.boxoffice.support.Backends;
import com.boxoffice.support.Concurrently;
import com.boxoffice.support.Deployments;
import com.boxoffice.support.Shows;
import com.boxoffice.support.Users;
import com.boxoffice.support.Users.SignedIn;
import jakarta.json.JsonString;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import redis.clients.jedis.Jedis;

/**
 * Flash-sale races on both backends, Redis cut in the middle of a sale (through the proxy the server
 * reaches Redis by) and Redis restarted empty: a seat is never held by two holds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HoldRacesIT {

    private static final int USERS = 50;
    private static List<SignedIn> users;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void manyUsers() throws Exception {
        users = Concurrently.run(USERS, i -> Users.newUser());
    }

    @AfterEach
    void redisBack() {
        Backends.useRedis();
    }

    @Test
    void fiftyUsersOnTwoSeatsOnRedis() throws Exception {
        Backends.useRedis();
        exactlyOneWins(users, Shows.fresh());
    }

    @Test
    void fiftyUsersOnTwoSeatsOnTheDatabase() throws Exception {
        Backends.useDatabase();
        exactlyOneWins(users, Shows.fresh());
    }

    @Test
    void overlappingHoldsInOppositeOrdersNeitherDeadlockNorSplitOnTheDatabase() throws Exception {
        Backends.useDatabase();
        noSeatTwice(users, Shows.fresh());
    }

    @Test
    void overlappingHoldsInOppositeOrdersNeverSplitOnRedis() throws Exception {
        Backends.useRedis();
        noSeatTwice(users, Shows.fresh());
    }

    @Test
    void redisCutMidSaleThenBackNeverHandsASeatOutTwice() throws Exception {
        Backends.useRedis();
        String show = Shows.fresh();
        Map<String, String> owners = new HashMap<>();
        take(users.get(0), show, owners, "A1", "A2");
        take(users.get(1), show, owners, "A3");

        Backends.useDatabase();
        Reply before = HoldContractCases.hold(users.get(2), show, "A2", "A4");
        assertEquals(409, before.status(), "a seat held in Redis before the outage stays held: " + before.body());
        take(users.get(2), show, owners, "A4", "A5");
        take(users.get(3), show, owners, "A6");
        assertEquals(204, Users.as(users.get(1), "DELETE", "/api/holds/" + owners.get("A3"), null).status());
        owners.remove("A3");

        Backends.useRedis();
        for (String seat : List.of("A1", "A4", "A5", "A6")) {
            Reply reply = HoldContractCases.hold(users.get(4), show, seat);
            assertEquals(409, reply.status(), seat + " was held during the outage: " + reply.body());
        }
        take(users.get(4), show, owners, "A3");
        assertMapShows(show, owners.keySet());
    }

    @Test
    void aSeatDroppedFromAHoldWhileRedisWasAwayIsFreeWhenItIsBack() throws Exception {
        Backends.useRedis();
        String show = Shows.fresh();
        Map<String, String> owners = new HashMap<>();
        take(users.get(7), show, owners, "C7", "C8");

        Backends.useDatabase(); // Redis cut off, its keys kept: as in a stall or a network split
        Reply changed = Users.as(users.get(7), "PUT", "/api/holds/" + owners.get("C7"), "{\"seatIds\": [\"C7\", \"C9\"]}");
        assertEquals(200, changed.status(), changed.body());

        Backends.useRedis();
        assertEquals("AVAILABLE", HoldContractCases.statuses(show, null).get("C8"), "the dropped seat is free again");
        assertEquals("HELD", HoldContractCases.statuses(show, null).get("C9"));
        assertEquals(201, HoldContractCases.hold(users.get(8), show, "C8").status());
        assertEquals(409, HoldContractCases.hold(users.get(8), show, "C9").status());
    }

    @Test
    void redisRestartedEmptyForgetsNoHeldOrSoldSeat() throws Exception {
        Backends.useRedis();
        String show = Shows.fresh();
        take(users.get(5), show, new HashMap<>(), "B1", "B2");
        try (Connection db = DriverManager.getConnection(System.getProperty("it.db.url"), "postgres", "");
             PreparedStatement sale = db.prepareStatement(
                     "INSERT INTO sold_seats (show_id, seat_id, order_id) VALUES (?, 'B3', ?)")) {
            sale.setObject(1, UUID.fromString(show));
            sale.setObject(2, UUID.randomUUID());
            sale.executeUpdate();
        }
        try (Jedis redis = new Jedis("127.0.0.1", 6379)) {
            redis.flushAll();
            redis.scriptFlush(); // a restarted Redis has forgotten the scripts too
        }
        for (String seat : List.of("B1", "B2", "B3")) {
            Reply reply = HoldContractCases.hold(users.get(6), show, seat);
            assertEquals(409, reply.status(), seat + " after Redis lost everything: " + reply.body());
        }
        Map<String, String> statuses = HoldContractCases.statuses(show, null);
        assertEquals("HELD", statuses.get("B1"));
        assertEquals("BOOKED", statuses.get("B3"));
        assertEquals(201, HoldContractCases.hold(users.get(6), show, "B4").status());
    }

    @Test
    void oneUsersConcurrentHoldsLeaveExactlyTheLatestActiveOnRedis() throws Exception {
        Backends.useRedis();
        oneActiveHoldPerUser(users, Shows.fresh());
    }

    @Test
    void oneUsersConcurrentHoldsLeaveExactlyTheLatestActiveOnTheDatabase() throws Exception {
        Backends.useDatabase();
        oneActiveHoldPerUser(users, Shows.fresh());
    }

    /** A double click times ten: one hold stays active, the seat map shows exactly its seats as the user's. */
    static void oneActiveHoldPerUser(List<SignedIn> users, String show) throws Exception {
        SignedIn user = users.get(8);
        List<Reply> replies = Concurrently.run(10, i -> HoldContractCases.hold(user, show, "E" + (i + 1)));
        List<String> active = new ArrayList<>();
        for (Reply reply : replies) {
            assertEquals(201, reply.status(), reply.body());
            String holdId = reply.object().getString("holdId");
            String status = Users.as(user, "GET", "/api/holds/" + holdId, null).object().getString("status");
            if (status.equals("ACTIVE")) {
                active.add(holdId);
            } else {
                assertEquals("RELEASED", status);
            }
        }
        assertEquals(1, active.size(), "active holds: " + active);
        List<String> activeSeats = Users.as(user, "GET", "/api/holds/" + active.get(0), null).object()
                .getJsonArray("seatIds").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        assertMapShows(show, new HashSet<>(activeSeats));
    }

    @Test
    void holdCreationIsRateLimitedPerUser() {
        SignedIn user = Users.newUser();
        String show = Shows.fresh();
        boolean limited = false;
        // 70 quick holds span at most two 4-second windows, so one of them sees more than 30
        for (int i = 0; i < 70 && !limited; i++) {
            Reply reply = HoldContractCases.hold(user, show, "C" + (i % 10 + 1));
            limited = reply.status() == 429;
            if (limited) {
                assertEquals("RATE_LIMITED", reply.errorCode());
                assertTrue(Integer.parseInt(reply.header("Retry-After")) >= 1);
            } else {
                assertEquals(201, reply.status(), reply.body());
            }
        }
        assertTrue(limited, "the 31st hold within a window is refused");
    }

    static void exactlyOneWins(List<SignedIn> users, String show) throws Exception {
        List<Integer> statuses = Concurrently.run(users.size(), i -> HoldContractCases.hold(users.get(i), show, "K5", "K6")
                .status());
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(users.size() - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        Map<String, String> map = HoldContractCases.statuses(show, null);
        assertEquals("HELD", map.get("K5"));
        assertEquals("HELD", map.get("K6"));
    }

    /** 40 holds of overlapping seat runs, half of them listed backwards: no seat ends up in two holds. */
    static void noSeatTwice(List<SignedIn> users, String show) throws Exception {
        List<Reply> replies = Concurrently.run(40, i -> {
            List<String> seats = new ArrayList<>();
            int first = 1 + i % 7;
            for (int n = first; n < first + 4; n++) {
                seats.add("D" + n);
            }
            if (i % 2 == 1) {
                java.util.Collections.reverse(seats);
            }
            return HoldContractCases.hold(users.get(i), show, seats.toArray(String[]::new));
        });
        Set<String> held = new HashSet<>();
        for (Reply reply : replies) {
            assertTrue(reply.status() == 201 || reply.status() == 409, reply.toString());
            if (reply.status() == 201) {
                for (JsonString seat : reply.object().getJsonArray("seatIds").getValuesAs(JsonString.class)) {
                    assertTrue(held.add(seat.getString()), "seat " + seat.getString() + " in two holds");
                }
            }
        }
        assertFalse(held.isEmpty());
        assertMapShows(show, held);
    }

    private static void take(SignedIn user, String show, Map<String, String> owners, String... seats) {
        Reply reply = HoldContractCases.hold(user, show, seats);
        assertEquals(201, reply.status(), reply.body());
        for (String seat : seats) {
            owners.put(seat, reply.object().getString("holdId"));
        }
    }

    private static void assertMapShows(String show, Set<String> heldSeats) {
        Map<String, String> statuses = HoldContractCases.statuses(show, null);
        Set<String> mapHeld = new HashSet<>();
        statuses.forEach((seat, status) -> {
            if (status.equals("HELD")) {
                mapHeld.add(seat);
            }
        });
        assertEquals(heldSeats, mapHeld);
    }
}
