package com.boxoffice.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.boxoffice.support.Users.SignedIn;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.Map;

/** Hold, order and pay through the API, as a customer's client does. */
public final class Purchases {

    private Purchases() {
    }

    public static Api.Reply hold(SignedIn user, String showId, String... seats) {
        return Users.as(user, "POST", "/api/holds", "{\"showId\": \"" + showId + "\", \"seatIds\": [\""
                + String.join("\", \"", seats) + "\"]}");
    }

    public static String heldOrFail(SignedIn user, String showId, String... seats) {
        Api.Reply hold = hold(user, showId, seats);
        assertEquals(201, hold.status(), hold.body());
        return hold.object().getString("holdId");
    }

    public static Api.Reply order(SignedIn user, String holdId, String idempotencyKey) {
        return post(user, "/api/orders", orderBody(holdId), idempotencyKey);
    }

    public static String orderBody(String holdId) {
        return orderBody(holdId, "asha@example.com");
    }

    public static String orderBody(String holdId, String email) {
        return "{\"holdId\": \"" + holdId + "\", \"customer\": {\"name\": \"Asha Rao\", \"email\": \"" + email + "\","
                + " \"phone\": \"+91 98450 12345\"}}";
    }

    /** Hold, order (confirmation to {@code email}) and pay: the confirmed order. */
    public static Api.Reply buyFor(String email, SignedIn user, String showId, String... seats) {
        Api.Reply order = post(user, "/api/orders", orderBody(heldOrFail(user, showId, seats), email), null);
        assertEquals(201, order.status(), order.body());
        Api.Reply paid = pay(user, order.object().getString("orderId"), "tok_visa", null);
        assertEquals(200, paid.status(), paid.body());
        return paid;
    }

    public static String orderedOrFail(SignedIn user, String holdId) {
        Api.Reply order = order(user, holdId, null);
        assertEquals(201, order.status(), order.body());
        return order.object().getString("orderId");
    }

    public static Api.Reply pay(SignedIn user, String orderId, String token, String idempotencyKey) {
        return post(user, "/api/orders/" + orderId + "/confirm-payment", "{\"paymentMethod\": \"CARD\","
                + " \"paymentToken\": \"" + token + "\"}", idempotencyKey);
    }

    /** Hold, order and pay: the confirmed order. */
    public static Api.Reply buy(SignedIn user, String showId, String... seats) {
        String order = orderedOrFail(user, heldOrFail(user, showId, seats));
        Api.Reply paid = pay(user, order, "tok_visa", null);
        assertEquals(200, paid.status(), paid.body());
        return paid;
    }

    /** Seat id to AVAILABLE, HELD or BOOKED, as the seat map shows them to {@code asUser} (or anyone). */
    public static Map<String, String> seatStatuses(String showId, SignedIn asUser) {
        Api.Reply reply = asUser == null ? Api.get("/api/shows/" + showId + "/seatmap")
                : Api.get("/api/shows/" + showId + "/seatmap", Map.of("Authorization", "Bearer " + asUser.token()));
        Map<String, String> statuses = new HashMap<>();
        for (JsonValue row : reply.object().getJsonArray("rows")) {
            row.asJsonObject().getJsonArray("seats").forEach(s -> statuses.put(s.asJsonObject().getString("seatId"),
                    s.asJsonObject().getString("status")));
        }
        return statuses;
    }

    public static Api.Reply post(SignedIn user, String path, String json, String idempotencyKey) {
        HttpRequest.Builder request = Api.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        user.authorize(request);
        return Api.send(request.build());
    }
}
