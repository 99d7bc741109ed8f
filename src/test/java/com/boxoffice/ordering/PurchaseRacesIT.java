package com.boxoffice.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.support.Api.Reply;
import com.boxoffice.support.Backends;
import com.boxoffice.support.Concurrently;
import com.boxoffice.support.Database;
import com.boxoffice.support.Deployments;
import com.boxoffice.support.Purchases;
import com.boxoffice.support.Shows;
import com.boxoffice.support.Users;
import com.boxoffice.support.Users.SignedIn;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Many customers buying the last seats at once, on Redis and on the database path; sales made while Redis
 * was away or forgotten by a Redis restarted empty: a seat is sold at most once and every sale has its ticket.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PurchaseRacesIT {

    private static final List<String> LAST_SEATS = List.of("J1", "J2", "J3", "J4", "J5", "J6");
    private static List<SignedIn> buyers;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void buyers() throws Exception {
        buyers = Concurrently.run(30, i -> Users.newUser());
    }

    @AfterEach
    void redisBack() {
        Backends.useRedis();
    }

    @Test
    void flashSaleOfTheLastSeatsOnRedis() throws Exception {
        Backends.useRedis();
        flashSale(Shows.fresh());
    }

    @Test
    void flashSaleOfTheLastSeatsOnTheDatabase() throws Exception {
        Backends.useDatabase();
        flashSale(Shows.fresh());
    }

    @Test
    void seatsSoldWhileRedisWasAwayStaySoldWhenItIsBack() {
        String show = Shows.fresh();
        Backends.useDatabase();
        Purchases.buy(buyers.get(0), show, "C1", "C2");
        Backends.useRedis();
        Reply hold = Purchases.hold(buyers.get(1), show, "C2", "C3");
        assertEquals(409, hold.status(), hold.body());
        assertEquals("BOOKED", Purchases.seatStatuses(show, null).get("C1"));
    }

    @Test
    void seatsCancelledWhileRedisWasAwayAreForSaleWhenItIsBack() {
        String show = Shows.fresh();
        String order = Purchases.buy(buyers.get(2), show, "D1").object().getString("orderId");
        Backends.useDatabase();
        assertEquals(200, Users.as(buyers.get(2), "POST", "/api/orders/" + order + "/cancel", null).status());
        Backends.useRedis();
        assertEquals(201, Purchases.hold(buyers.get(3), show, "D1").status());
    }

    @Test
    void soldSeatsStaySoldAfterRedisRestartsEmpty() {
        String show = Shows.fresh();
        Purchases.buy(buyers.get(4), show, "E1", "E2");
        try (Jedis redis = new Jedis("127.0.0.1", 6379)) {
            redis.flushAll();
            redis.scriptFlush();
        }
        for (String seat : List.of("E1", "E2")) {
            Reply hold = Purchases.hold(buyers.get(5), show, seat);
            assertEquals(409, hold.status(), seat + ": " + hold.body());
        }
        assertEquals("BOOKED", Purchases.seatStatuses(show, null).get("E2"));
    }

    @Test
    void changingAHoldsSeatsWhileOrderingItLeavesOrderAndHoldAgreeing() throws Exception {
        for (String backend : List.of("redis", "database")) {
            if (backend.equals("redis")) {
                Backends.useRedis();
            } else {
                Backends.useDatabase();
            }
            String show = Shows.fresh();
            for (int row = 0; row < 5; row++) {
                SignedIn buyer = buyers.get(row);
                String hold = Purchases.heldOrFail(buyer, show, "F" + (row + 1));
                String moved = "G" + (row + 1);
                List<Reply> replies = Concurrently.run(2, i -> i == 0
                        ? Users.as(buyer, "PUT", "/api/holds/" + hold, "{\"seatIds\": [\"" + moved + "\"]}")
                        : Purchases.order(buyer, hold, null));
                Reply change = replies.get(0);
                Reply order = replies.get(1);
                assertEquals(201, order.status(), order.body());
                assertTrue(change.status() == 200 || "HOLD_HAS_ORDER".equals(change.errorCode()), change.toString());
                List<String> ordered = order.object().getJsonArray("seatIds").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).toList();
                List<String> held = Users.as(buyer, "GET", "/api/holds/" + hold, null).object().getJsonArray("seatIds")
                        .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
                assertEquals(held, ordered, backend + ": the order has the hold's seats");
                assertEquals(change.status() == 200 ? List.of(moved) : List.of("F" + (row + 1)), ordered, backend);
                Reply paid = Purchases.pay(buyer, order.object().getString("orderId"), "tok_visa", null);
                assertEquals(200, paid.status(), backend + ": " + paid.body());
            }
        }
    }

    @Test
    void aTicketIsEitherLetInOrRefundedNeverBoth() throws Exception {
        String show = Shows.fresh();
        SignedIn admin = Users.admin();
        for (int n = 1; n <= 6; n++) {
            SignedIn buyer = buyers.get(n);
            JsonObject order = Purchases.buy(buyer, show, "H" + n).object();
            String orderId = order.getString("orderId");
            String code = order.getJsonArray("tickets").getJsonObject(0).getString("code");
            List<Reply> replies = Concurrently.run(2, i -> i == 0
                    ? Users.as(buyer, "POST", "/api/orders/" + orderId + "/cancel", null)
                    : Users.as(admin, "POST", "/api/admin/tickets/check-in", "{\"code\": \"" + code + "\"}"));
            Reply cancel = replies.get(0);
            Reply checkIn = replies.get(1);
            assertTrue(cancel.status() == 200 ^ checkIn.status() == 200, "exactly one wins: " + replies);
            JsonObject after = Users.as(buyer, "GET", "/api/orders/" + orderId, null).object();
            JsonObject ticket = after.getJsonArray("tickets").getJsonObject(0);
            if (cancel.status() == 200) {
                assertEquals("TICKET_VOID", checkIn.errorCode());
                assertEquals("CANCELLED", after.getString("status"));
                assertTrue(ticket.isNull("usedAt"), ticket.toString());
            } else {
                assertEquals("CANCELLATION_NOT_ALLOWED", cancel.errorCode());
                assertEquals("CONFIRMED", after.getString("status"));
                assertEquals("VALID", ticket.getString("status"));
            }
        }
    }

    /** Every buyer tries for two of the last six seats, all at once, and pays if the hold was granted. */
    private static void flashSale(String show) throws Exception {
        List<Reply> outcomes = Concurrently.run(buyers.size(), i -> {
            SignedIn buyer = buyers.get(i);
            List<String> seats = new ArrayList<>(LAST_SEATS);
            Collections.shuffle(seats);
            Reply hold = Purchases.hold(buyer, show, seats.get(0), seats.get(1));
            if (hold.status() != 201) {
                return hold;
            }
            Reply order = Purchases.order(buyer, hold.object().getString("holdId"), null);
            if (order.status() != 201) {
                return order;
            }
            return Purchases.pay(buyer, order.object().getString("orderId"), "tok_visa", null);
        });
        Map<String, String> soldTo = new HashMap<>();
        int confirmed = 0;
        for (Reply outcome : outcomes) {
            assertTrue(outcome.status() == 200 || outcome.status() == 409, outcome.toString());
            if (outcome.status() == 200) {
                confirmed++;
                JsonObject order = outcome.object();
                for (JsonString seat : order.getJsonArray("seatIds").getValuesAs(JsonString.class)) {
                    String previous = soldTo.put(seat.getString(), order.getString("orderId"));
                    assertEquals(null, previous, "seat " + seat.getString() + " sold twice");
                }
            }
        }
        assertTrue(confirmed >= 1 && confirmed <= 3, "confirmed " + confirmed);
        long sold = Database.count("SELECT count(*) FROM sold_seats WHERE show_id = ?::uuid AND released_at IS NULL", show);
        long tickets = Database.count("SELECT count(*) FROM tickets WHERE show_id = ?::uuid AND status = 'VALID'", show);
        assertEquals(soldTo.size(), sold);
        assertEquals(sold, tickets);
        assertEquals(confirmed, Database.count("SELECT count(*) FROM sandbox_charges c JOIN payments p ON"
                + " p.gateway_key = c.charge_key JOIN orders o ON o.order_id = p.order_id WHERE o.show_id = ?::uuid"
                + " AND c.status = 'CAPTURED'", show), "charged exactly the buyers who got seats");
    }
}
