package com.boxoffice.notification;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.support.Mailbox;
import com.boxoffice.support.SecondServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A second Liberty server of the app (same database, its own messaging engine), killed with {@code kill -9}
 * while a confirmation email is pending because SMTP is down, then started again: the email goes out once.
 */
class ServerRestartIT {

    private static SecondServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void secondServer() throws Exception {
        server = new SecondServer("boxofficeRestart", 200, Map.of("BOXOFFICE_NOTIFY_MAX_DELIVERIES", "20",
                "BOXOFFICE_NOTIFY_REDELIVERY_MS", "2000"));
        server.start();
    }

    @AfterAll
    static void stopIt() throws Exception {
        Mailbox.start();
        server.stop();
    }

    @Test
    void aPendingConfirmationIsSentOnceAfterTheServerIsKilledAndStarted() throws Exception {
        String email = "restart-" + UUID.randomUUID() + "@example.com";
        String token = signUp(email);
        String show = firstShow();
        Mailbox.stop();
        String hold = field(post("/api/holds", token, "{\"showId\": \"" + show + "\", \"seatIds\": [\"A1\", \"A2\"]}", 201), "holdId");
        String order = field(post("/api/orders", token, "{\"holdId\": \"" + hold + "\", \"customer\": {\"name\": \"R\","
                + " \"email\": \"" + email + "\"}}", 201), "orderId");
        post("/api/orders/" + order + "/confirm-payment", token, "{\"paymentMethod\": \"CARD\", \"paymentToken\": \"tok_visa\"}", 200);
        awaitFailedAttempt(order);

        server.kill();
        Mailbox.start();
        server.start();
        Mailbox.awaitExactly(email, 1, Duration.ofSeconds(60)); // the pending email went out after the restart, once
        JsonObject record = Json.createReader(new StringReader(get("/api/admin/notifications?size=100",
                login("admin@boxoffice.local", "admin12345")))).readObject().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(n -> n.getString("orderId", "").equals(order)).findFirst().orElseThrow();
        assertEquals("SENT", record.getString("status"));
        assertTrue(record.getInt("attempts") >= 2, "failed before the kill, sent after: " + record);
    }

    @Test
    void confirmationsJustAnsweredAreMailedOnceWhenTheServerIsKilledRightAfterThem() throws Exception {
        String email = "killed-" + UUID.randomUUID() + "@example.com";
        String token = signUp(email);
        String show = firstShow();
        for (String seat : availableSeats(show).subList(4, 9)) {
            String hold = field(post("/api/holds", token, "{\"showId\": \"" + show + "\", \"seatIds\": [\"" + seat + "\"]}", 201),
                    "holdId");
            String order = field(post("/api/orders", token, "{\"holdId\": \"" + hold + "\", \"customer\": {\"name\": \"K\","
                    + " \"email\": \"" + email + "\"}}", 201), "orderId");
            post("/api/orders/" + order + "/confirm-payment", token, "{\"paymentMethod\": \"CARD\", \"paymentToken\": \"tok_visa\"}", 200);
        }
        server.kill(); // at once: some of the five may not have reached the queue, or the mail server, yet

        server.start();
        Mailbox.awaitExactly(email, 5, Duration.ofSeconds(60)); // every confirmed order's email went out, each once
    }

    @Test
    void aServerRestartedMidLineLosesNobodysPlace() throws Exception {
        String admin = login("admin@boxoffice.local", "admin12345");
        String movie = field(post("/api/admin/movies", admin, "{\"title\": \"Restart Sale " + UUID.randomUUID()
                + "\", \"durationMins\": 100, \"language\": \"Testlandic\", \"format\": \"2D\", \"genres\": []}", 201),
                "movieId");
        send("PUT", "/api/admin/movies/" + movie + "/waiting-room", admin, "{\"admitPerMinute\": 1, \"maxShoppers\": 5}", 200);
        try {
            List<String> customers = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String token = signUp("line-" + UUID.randomUUID() + "@example.com");
                post("/api/waiting-rooms/" + movie + "/entries", token, "", 201);
                customers.add(token);
            }
            String before = get("/api/waiting-rooms/" + movie + "/entries/me", customers.get(2));

            server.kill();
            server.start();
            String after = get("/api/waiting-rooms/" + movie + "/entries/me", customers.get(2));
            assertEquals(field(before, "entryId"), field(after, "entryId"));
            assertEquals(3, Json.createReader(new StringReader(after)).readObject().getInt("position"));
        } finally {
            send("DELETE", "/api/admin/movies/" + movie + "/waiting-room", admin, null, 204);
        }
    }

    private static void awaitFailedAttempt(String orderId) throws Exception {
        String admin = login("admin@boxoffice.local", "admin12345");
        await("a failed delivery of " + orderId).dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(20)).until(() -> Json.createReader(
                new StringReader(get("/api/admin/notifications?size=100", admin))).readObject().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .anyMatch(n -> n.getString("orderId", "").equals(orderId) && n.getInt("attempts") >= 1));
    }

    private static String signUp(String email) throws Exception {
        post("/api/auth/register", null, "{\"email\": \"" + email + "\", \"password\": \"password1\", \"name\": \"R\"}", 201);
        return login(email, "password1");
    }

    private static String login(String email, String password) throws Exception {
        return field(post("/api/auth/login", null, "{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}", 200),
                "token");
    }

    private static String firstShow() throws Exception {
        String movies = get("/api/movies?size=1&language=hindi", null);
        String movie = Json.createReader(new StringReader(movies)).readObject().getJsonArray("items").getJsonObject(0)
                .getString("movieId");
        String shows = get("/api/movies/" + movie + "/shows", null);
        List<JsonObject> all = Json.createReader(new StringReader(shows)).readArray().getValuesAs(JsonObject.class);
        return all.get(all.size() - 1).getString("showId");
    }

    private static List<String> availableSeats(String show) throws Exception {
        return Json.createReader(new StringReader(get("/api/shows/" + show + "/seatmap", null))).readObject()
                .getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .flatMap(row -> row.getJsonArray("seats").getValuesAs(JsonObject.class).stream())
                .filter(seat -> seat.getString("status").equals("AVAILABLE")).map(seat -> seat.getString("seatId")).toList();
    }

    private static String post(String path, String token, String json, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), path + ": " + response.body());
        return response.body();
    }

    private static String send(String method, String path, String token, String json, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), path + ": " + response.body());
        return response.body();
    }

    private static String get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String field(String json, String name) {
        return Json.createReader(new StringReader(json)).readObject().getString(name);
    }

    private static String base() {
        return server.baseUrl();
    }
}
