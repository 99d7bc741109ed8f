package com.boxoffice.ordering;

import static org.awaitility.Awaitility.await;
import static com.boxoffice.support.Purchases.buy;
import static com.boxoffice.support.Purchases.heldOrFail;
import static com.boxoffice.support.Purchases.order;
import static com.boxoffice.support.Purchases.orderedOrFail;
import static com.boxoffice.support.Purchases.pay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.support.Api;
import com.boxoffice.support.Api.Reply;
import com.boxoffice.support.Concurrently;
import com.boxoffice.support.Database;
import com.boxoffice.support.Deployments;
import com.boxoffice.support.Purchases;
import com.boxoffice.support.QrScanner;
import com.boxoffice.support.Shows;
import com.boxoffice.support.Users;
import com.boxoffice.support.Users.SignedIn;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Orders and payment through the API, as the contract describes them, against the sandbox provider. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrderApiIT {

    private SignedIn alice;
    private String show;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void customerAndShow() {
        alice = Users.newUser();
        show = Shows.fresh();
    }

    @Test
    void holdOrderPayAndGetTickets() throws Exception {
        String hold = heldOrFail(alice, show, "A1", "K2");
        Reply created = order(alice, hold, null);
        assertEquals(201, created.status(), created.body());
        JsonObject order = created.object();
        String orderId = order.getString("orderId");
        assertTrue(created.header("Location").endsWith("/api/orders/" + orderId), created.header("Location"));
        assertEquals("PENDING_PAYMENT", order.getString("status"));
        assertEquals(show, order.getString("showId"));
        assertEquals(hold, order.getString("holdId"));
        assertEquals("450.00", order.getJsonNumber("totalAmount").toString());
        assertEquals("INR", order.getString("currency"));
        assertEquals("asha@example.com", order.getJsonObject("customer").getString("email"));
        assertTrue(order.isNull("paymentId") && order.isNull("confirmedAt"));
        assertEquals(0, order.getJsonArray("tickets").size());

        Reply paid = pay(alice, orderId, "tok_visa", null);
        assertEquals(200, paid.status(), paid.body());
        JsonObject confirmed = paid.object();
        assertEquals("CONFIRMED", confirmed.getString("status"));
        assertNotNull(confirmed.getString("paymentId"));
        assertNotNull(confirmed.getString("confirmedAt"));
        List<JsonObject> tickets = confirmed.getJsonArray("tickets").getValuesAs(JsonObject.class);
        assertEquals(List.of("A1", "K2"), tickets.stream().map(t -> t.getString("seatId")).toList());
        assertTrue(tickets.stream().allMatch(t -> t.getString("code").matches("[0-9A-Z]{26}")));
        assertNotEquals(tickets.get(0).getString("code"), tickets.get(1).getString("code"));

        assertEquals(confirmed, Users.as(alice, "GET", "/api/orders/" + orderId, null).object());
        assertEquals("CONVERTED", Users.as(alice, "GET", "/api/holds/" + hold, null).object().getString("status"));
        Map<String, String> seats = Purchases.seatStatuses(show, null);
        assertEquals("BOOKED", seats.get("A1"));
        assertEquals("BOOKED", seats.get("K2"));
        assertEquals(1, Database.capturedCharges(orderId));
        assertEquals(2, Database.count("SELECT count(*) FROM sold_seats WHERE order_id = ?::uuid AND released_at IS NULL", orderId));

        HttpResponse<byte[]> qr = Api.bytes(alice.authorize(Api.request("/api/orders/" + orderId + "/tickets/"
                + tickets.get(0).getString("ticketId") + "/qr")).GET().build());
        assertEquals(200, qr.statusCode());
        assertEquals("image/png", qr.headers().firstValue("Content-Type").orElse(""));
        assertEquals(tickets.get(0).getString("code"), QrScanner.decode(qr.body()));
    }

    @Test
    void soldSeatsCannotBeHeldAgain() {
        buy(alice, show, "B1");
        Reply again = Purchases.hold(Users.newUser(), show, "B1", "B2");
        assertEquals(409, again.status(), again.body());
        assertEquals(List.of("B1"), again.object().getJsonObject("error").getJsonObject("details")
                .getJsonArray("unavailableSeatIds").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
    }

    @Test
    void ordersListNewestFirstAndOnlyTheCallers() {
        String first = orderedOrFail(alice, heldOrFail(alice, show, "C1"));
        orderedOrFail(alice, heldOrFail(alice, Shows.fresh(), "C1"));
        String third = orderedOrFail(alice, heldOrFail(alice, Shows.fresh(), "C1"));
        SignedIn bob = Users.newUser();
        orderedOrFail(bob, heldOrFail(bob, show, "C5"));
        Reply page = Users.as(alice, "GET", "/api/orders?page=0&size=2", null);
        assertEquals(200, page.status(), page.body());
        List<String> ids = page.object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("orderId")).toList();
        assertEquals(3, page.object().getInt("totalItems"));
        assertEquals(2, page.object().getInt("totalPages"));
        assertEquals(2, ids.size());
        assertEquals(third, ids.get(0), "newest first");
        assertTrue(!ids.contains(first), ids.toString());
        assertEquals(400, Users.as(alice, "GET", "/api/orders?size=101", null).status());
    }

    @Test
    void declinedThenApproved() {
        String orderId = orderedOrFail(alice, heldOrFail(alice, show, "D1"));
        Reply declined = pay(alice, orderId, "tok_chargeDeclined", null);
        assertEquals(402, declined.status(), declined.body());
        assertEquals("PAYMENT_DECLINED", declined.errorCode());
        assertEquals("PENDING_PAYMENT", Users.as(alice, "GET", "/api/orders/" + orderId, null).object().getString("status"));
        assertEquals(402, pay(alice, orderId, "tok_madeUp", null).status());

        Reply approved = pay(alice, orderId, "tok_mastercard", null);
        assertEquals(200, approved.status(), approved.body());
        assertEquals("CONFIRMED", approved.object().getString("status"));
        assertEquals(1, Database.everCaptured(orderId));
        assertEquals(3, Database.count("SELECT count(*) FROM payments WHERE order_id = ?::uuid", orderId));
    }

    @Test
    void confirmingTwiceChargesOnceAndAnswersTheSame() {
        String orderId = orderedOrFail(alice, heldOrFail(alice, show, "E1", "E2"));
        Reply first = pay(alice, orderId, "tok_visa", null);
        Reply second = pay(alice, orderId, "tok_visa", null);
        assertEquals(200, second.status(), second.body());
        assertEquals(first.object(), second.object());
        assertEquals(1, Database.everCaptured(orderId));
    }

    @Test
    void tenConcurrentConfirmsChargeOnce() throws Exception {
        String orderId = orderedOrFail(alice, heldOrFail(alice, show, "F1"));
        List<Reply> replies = Concurrently.run(10, i -> pay(alice, orderId, "tok_visa", null));
        Set<String> confirmed = new HashSet<>();
        for (Reply reply : replies) {
            assertTrue(reply.status() == 200 || reply.status() == 409 && "REQUEST_IN_PROGRESS".equals(reply.errorCode()),
                    reply.toString());
            if (reply.status() == 200) {
                confirmed.add(reply.object().getString("paymentId"));
            }
        }
        assertEquals(1, confirmed.size(), "every success names the one payment");
        assertEquals(1, Database.everCaptured(orderId));
        assertEquals(1, Database.count("SELECT count(*) FROM payments WHERE order_id = ?::uuid", orderId));
    }

    @Test
    void idempotencyKeyReplaysRefusesReuseAndIsPerUser() {
        String hold = heldOrFail(alice, show, "G1");
        String key = "order-" + UUID.randomUUID();
        Reply first = order(alice, hold, key);
        Reply replay = order(alice, hold, key);
        assertEquals(201, first.status(), first.body());
        assertEquals(201, replay.status(), replay.body());
        assertEquals(first.object(), replay.object());
        assertEquals(first.header("Location"), replay.header("Location"));
        assertEquals("true", replay.header("Idempotent-Replayed"));

        String otherHold = heldOrFail(alice, Shows.fresh(), "G1");
        Reply reused = order(alice, otherHold, key);
        assertEquals(422, reused.status(), reused.body());
        assertEquals("IDEMPOTENCY_KEY_REUSED", reused.errorCode());

        SignedIn bob = Users.newUser();
        Reply bobs = order(bob, heldOrFail(bob, show, "G2"), key);
        assertEquals(201, bobs.status(), "keys are per user: " + bobs.body());

        Reply withoutKey = order(alice, hold, null);
        assertEquals(409, withoutKey.status(), withoutKey.body());
        assertEquals("HOLD_NOT_ACTIVE", withoutKey.errorCode());

        String orderId = first.object().getString("orderId");
        String payKey = "pay-" + UUID.randomUUID();
        Reply declined = pay(alice, orderId, "tok_chargeDeclined", payKey);
        assertEquals(402, declined.status());
        assertEquals(declined.object(), pay(alice, orderId, "tok_chargeDeclined", payKey).object(), "errors replay too");
        assertEquals(422, pay(alice, orderId, "tok_visa", payKey).status());
        assertEquals(200, pay(alice, orderId, "tok_visa", "pay-" + UUID.randomUUID()).status());
        assertEquals(400, order(alice, hold, "x".repeat(256)).status());
    }

    @Test
    void concurrentRequestsWithOneKeyRunOnce() throws Exception {
        String orderId = orderedOrFail(alice, heldOrFail(alice, show, "H1"));
        String key = "pay-" + UUID.randomUUID();
        List<Reply> replies = Concurrently.run(10, i -> pay(alice, orderId, "tok_visa", key));
        for (Reply reply : replies) {
            assertTrue(reply.status() == 200 || reply.status() == 409 && "REQUEST_IN_PROGRESS".equals(reply.errorCode()),
                    reply.toString());
        }
        assertTrue(replies.stream().anyMatch(r -> r.status() == 200));
        assertEquals(1, Database.count("SELECT count(*) FROM payments WHERE order_id = ?::uuid", orderId));
        assertEquals(1, Database.everCaptured(orderId));
    }

    @Test
    void timeoutAfterChargeIsReconciledIntoOneSale() {
        String orderId = orderedOrFail(alice, heldOrFail(alice, show, "I1"));
        Reply paid = pay(alice, orderId, "tok_timeoutAfterCharge", null);
        assertEquals(200, paid.status(), paid.body());
        assertEquals("CONFIRMED", paid.object().getString("status"));
        assertEquals(1, Database.capturedCharges(orderId));
        assertEquals(1, Database.count("SELECT count(*) FROM payments WHERE order_id = ?::uuid AND status = 'CAPTURED'", orderId));
        assertEquals(200, pay(alice, orderId, "tok_timeoutAfterCharge", null).status());
        assertEquals(1, Database.everCaptured(orderId));
    }

    @Test
    void aReleasedHoldCannotBePaidForAndNothingIsCharged() {
        String hold = heldOrFail(alice, show, "J1");
        String orderId = orderedOrFail(alice, hold);
        assertEquals(409, Users.as(alice, "PUT", "/api/holds/" + hold, "{\"seatIds\": [\"J2\"]}").status(),
                "an ordered hold keeps its seats");
        assertEquals(204, Users.as(alice, "DELETE", "/api/holds/" + hold, null).status());
        Reply paid = pay(alice, orderId, "tok_visa", null);
        assertEquals(409, paid.status(), paid.body());
        assertEquals("HOLD_EXPIRED", paid.errorCode());
        assertEquals("EXPIRED", Users.as(alice, "GET", "/api/orders/" + orderId, null).object().getString("status"));
        assertEquals(0, Database.count("SELECT count(*) FROM payments WHERE order_id = ?::uuid", orderId));
        assertEquals("AVAILABLE", Purchases.seatStatuses(show, null).get("J1"));
    }

    @Test
    void cancellationRefundsAndFreesTheSeats() {
        String orderId = buy(alice, show, "A5", "A6").object().getString("orderId");
        Reply cancelled = Users.as(alice, "POST", "/api/orders/" + orderId + "/cancel", null);
        assertEquals(200, cancelled.status(), cancelled.body());
        JsonObject order = cancelled.object();
        assertEquals("CANCELLED", order.getString("status"));
        assertNotNull(order.getString("cancelledAt"));
        assertEquals("REFUNDED", order.getJsonObject("refund").getString("status"));
        assertEquals("300.00", order.getJsonObject("refund").getJsonNumber("amount").toString());
        assertTrue(order.getJsonArray("tickets").getValuesAs(JsonObject.class).stream()
                .allMatch(t -> t.getString("status").equals("VOID")));
        assertEquals(0, Database.capturedCharges(orderId));
        assertEquals("AVAILABLE", Purchases.seatStatuses(show, null).get("A5"));

        Reply again = Users.as(alice, "POST", "/api/orders/" + orderId + "/cancel", null);
        assertEquals(200, again.status());
        assertEquals(order, again.object());
        buy(Users.newUser(), show, "A5", "A6");
        Reply checkIn = Users.as(Users.admin(), "POST", "/api/admin/tickets/check-in", "{\"code\": \""
                + order.getJsonArray("tickets").getJsonObject(0).getString("code") + "\"}");
        assertEquals(409, checkIn.status());
        assertEquals("TICKET_VOID", checkIn.errorCode());
    }

    @Test
    void cancellationFollowsTheTheatresPolicy() {
        String soon = Shows.fresh(Instant.now().plus(90, ChronoUnit.MINUTES));
        String tooLate = buy(alice, soon, "A1").object().getString("orderId");
        assertNotAllowed(Users.as(alice, "POST", "/api/orders/" + tooLate + "/cancel", null));

        String strict = Shows.fresh(Instant.now().plus(3, ChronoUnit.DAYS), false);
        String noRefunds = buy(alice, strict, "A1").object().getString("orderId");
        assertNotAllowed(Users.as(alice, "POST", "/api/orders/" + noRefunds + "/cancel", null));

        String unpaid = orderedOrFail(alice, heldOrFail(alice, show, "A9"));
        assertNotAllowed(Users.as(alice, "POST", "/api/orders/" + unpaid + "/cancel", null));
        assertEquals(1, Database.capturedCharges(tooLate));
    }

    @Test
    void cancellingTheShowRefundsEveryOrderAndEndsUnpaidOnes() throws Exception {
        String paid = buy(alice, show, "B5").object().getString("orderId");
        SignedIn bob = Users.newUser();
        String unpaid = orderedOrFail(bob, heldOrFail(bob, show, "B6"));
        assertEquals(200, Users.as(Users.admin(), "POST", "/api/admin/shows/" + show + "/cancel", null).status());

        JsonObject order = Users.as(alice, "GET", "/api/orders/" + paid, null).object();
        assertEquals("CANCELLED", order.getString("status"));
        await("refunded in the background").atMost(Duration.ofSeconds(10)).until(() -> Database.capturedCharges(paid) == 0);
        assertEquals("REFUNDED", Users.as(alice, "GET", "/api/orders/" + paid, null).object().getJsonObject("refund")
                .getString("status"));
        assertEquals("EXPIRED", Users.as(bob, "GET", "/api/orders/" + unpaid, null).object().getString("status"));
        assertEquals(409, pay(bob, unpaid, "tok_visa", null).status());

        Map<String, String> seats = Purchases.seatStatuses(show, null);
        assertEquals("AVAILABLE", seats.get("B5"), "the cancelled sale no longer counts");
        assertEquals("AVAILABLE", seats.get("B6"));
        JsonObject map = Api.get("/api/shows/" + show + "/seatmap").object();
        assertEquals(0, map.getInt("bookedCount"));
        assertEquals(Api.get("/api/shows/" + show).object().getInt("availableSeats"), map.getInt("availableCount"));
    }

    @Test
    void anotherUsersOrderDoesNotExistForThem() {
        JsonObject order = buy(alice, show, "C3").object();
        String orderId = order.getString("orderId");
        String ticket = order.getJsonArray("tickets").getJsonObject(0).getString("ticketId");
        SignedIn mallory = Users.newUser();
        assertEquals(404, Users.as(mallory, "GET", "/api/orders/" + orderId, null).status());
        assertEquals(404, pay(mallory, orderId, "tok_visa", null).status());
        assertEquals(404, Users.as(mallory, "POST", "/api/orders/" + orderId + "/cancel", null).status());
        assertEquals(404, Users.as(mallory, "GET", "/api/orders/" + orderId + "/tickets/" + ticket + "/qr", null).status());
        assertEquals(404, order(mallory, order.getString("holdId"), null).status());
        assertEquals(200, Users.as(Users.admin(), "GET", "/api/orders/" + orderId, null).status());
        assertEquals(401, Users.as(null, "GET", "/api/orders/" + orderId, null).status());
        assertEquals(404, Users.as(alice, "GET", "/api/orders/not-a-uuid", null).status());
        assertEquals(404, Users.as(alice, "GET", "/api/orders/" + orderId + "/tickets/" + UUID.randomUUID() + "/qr", null).status());
    }

    @Test
    void ticketsAreLetInOnce() {
        String code = buy(alice, show, "D7").object().getJsonArray("tickets").getJsonObject(0).getString("code");
        SignedIn admin = Users.admin();
        Reply first = Users.as(admin, "POST", "/api/admin/tickets/check-in", "{\"code\": \"" + code + "\"}");
        assertEquals(200, first.status(), first.body());
        assertEquals("D7", first.object().getString("seatId"));
        assertNotNull(first.object().getString("usedAt"));
        Reply second = Users.as(admin, "POST", "/api/admin/tickets/check-in", "{\"code\": \"" + code + "\"}");
        assertEquals(409, second.status());
        assertEquals("TICKET_ALREADY_USED", second.errorCode());
        assertEquals(404, Users.as(admin, "POST", "/api/admin/tickets/check-in", "{\"code\": \"NOSUCHCODE\"}").status());
        assertEquals(400, Users.as(admin, "POST", "/api/admin/tickets/check-in", "{\"code\": \"\"}").status());
        assertEquals(403, Users.as(alice, "POST", "/api/admin/tickets/check-in", "{\"code\": \"" + code + "\"}").status());
    }

    @Test
    void badRequestsAreRefusedClearly() {
        String hold = heldOrFail(alice, show, "E9");
        for (String body : List.of("{}", "{\"holdId\": \"" + hold + "\"}",
                "{\"holdId\": \"" + hold + "\", \"customer\": {\"name\": \"A\", \"email\": \"not-an-email\"}}",
                "{\"holdId\": \"" + hold + "\", \"customer\": {\"name\": \" \", \"email\": \"a@b.co\"}}",
                "{\"holdId\": \"" + hold + "\", \"customer\": {\"name\": \"A\", \"email\": \"a@b.co\", \"phone\": \"call me\"}}",
                "{\"holdId\": ", "[]", "{\"holdId\": 5, \"customer\": \"me\"}")) {
            Reply reply = Purchases.post(alice, "/api/orders", body, null);
            assertEquals(400, reply.status(), body + " -> " + reply.body());
            assertEquals("VALIDATION_FAILED", reply.errorCode());
        }
        Reply wrongType = Purchases.post(alice, "/api/orders", "{\"holdId\": \"" + hold + "\", \"customer\": \"me\"}",
                null);
        assertEquals(Set.of("customer"), wrongType.object().getJsonObject("error").getJsonObject("details").keySet(),
                "the details name the field of the wrong type: " + wrongType.body());
        assertEquals(404, order(alice, UUID.randomUUID().toString(), null).status());
        String orderId = orderedOrFail(alice, hold);
        for (String body : List.of("{}", "{\"paymentMethod\": \"CASH\", \"paymentToken\": \"tok_visa\"}",
                "{\"paymentMethod\": \"CARD\"}", "{\"paymentMethod\": \"CARD\", \"paymentToken\": \"tok visa; drop\"}")) {
            Reply reply = Purchases.post(alice, "/api/orders/" + orderId + "/confirm-payment", body, null);
            assertEquals(400, reply.status(), body + " -> " + reply.body());
        }
        assertEquals(0, Database.count("SELECT count(*) FROM payments WHERE order_id = ?::uuid", orderId));
    }

    private static void assertNotAllowed(Reply reply) {
        assertEquals(409, reply.status(), reply.body());
        assertEquals("CANCELLATION_NOT_ALLOWED", reply.errorCode());
    }
}
