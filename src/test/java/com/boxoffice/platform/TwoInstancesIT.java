package com.boxoffice.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.support.Api;
import com.boxoffice.support.Concurrently;
import com.boxoffice.support.Database;
import com.boxoffice.support.Deployments;
import com.boxoffice.support.Mailbox;
import com.boxoffice.support.SecondServer;
import com.boxoffice.support.Shows;
import com.boxoffice.support.Users;
import com.boxoffice.support.Users.SignedIn;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two servers of the app (the test server and a second one) sharing PostgreSQL, Redis and the signing key:
 * a flash sale through both at once sells each seat at most once and mails each confirmation once, and a
 * hold taken on one server reaches a seat-map stream open on the other.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoInstancesIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> LAST_SEATS = List.of("H1", "H2", "H3", "H4", "H5", "H6");
    private static SecondServer twin;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void secondServer() throws Exception {
        Api.get("/health/ready"); // the test server is up and has made its signing key
        String key = Files.readString(Path.of(System.getProperty("it.server.dir"),
                "resources/security/boxoffice-jwt-key.pem"));
        twin = new SecondServer("boxofficeTwin", 400, Map.of("BOXOFFICE_JWT_PRIVATE_KEY", key));
        twin.start();
    }

    @AfterAll
    static void stopTwin() throws Exception {
        if (twin != null) {
            twin.stop();
        }
    }

    @Test
    void aFlashSaleThroughBothServersSellsEachSeatOnceAndMailsEachConfirmationOnce() throws Exception {
        String show = Shows.fresh();
        List<SignedIn> buyers = Concurrently.run(24, i -> Users.newUser());
        List<String[]> outcomes = Concurrently.run(buyers.size(), i -> {
            // hold on one server, order and pay on the other: nothing is kept in a server's memory
            String first = i % 2 == 0 ? Api.baseUrl() : twin.baseUrl();
            String second = i % 2 == 0 ? twin.baseUrl() : Api.baseUrl();
            List<String> seats = new ArrayList<>(LAST_SEATS);
            Collections.shuffle(seats);
            String email = "twin-" + UUID.randomUUID() + "@example.com";
            HttpResponse<String> hold = post(first, "/api/holds", buyers.get(i).token(), "{\"showId\": \"" + show
                    + "\", \"seatIds\": [\"" + seats.get(0) + "\", \"" + seats.get(1) + "\"]}");
            if (hold.statusCode() != 201) {
                return new String[] {Integer.toString(hold.statusCode()), hold.body(), email};
            }
            HttpResponse<String> order = post(second, "/api/orders", buyers.get(i).token(), "{\"holdId\": \""
                    + json(hold.body()).getString("holdId") + "\", \"customer\": {\"name\": \"Twin\", \"email\": \"" + email + "\"}}");
            if (order.statusCode() != 201) {
                return new String[] {Integer.toString(order.statusCode()), order.body(), email};
            }
            HttpResponse<String> paid = post(i % 3 == 0 ? first : second, "/api/orders/" + json(order.body()).getString("orderId")
                    + "/confirm-payment", buyers.get(i).token(), "{\"paymentMethod\": \"CARD\", \"paymentToken\": \"tok_visa\"}");
            return new String[] {Integer.toString(paid.statusCode()), paid.body(), email};
        });

        Map<String, String> soldTo = new HashMap<>();
        List<String> mailed = new ArrayList<>();
        for (String[] outcome : outcomes) {
            int status = Integer.parseInt(outcome[0]);
            assertTrue(status == 200 || status == 409, outcome[0] + " " + outcome[1]);
            if (status == 200) {
                JsonObject order = json(outcome[1]);
                for (JsonString seat : order.getJsonArray("seatIds").getValuesAs(JsonString.class)) {
                    assertEquals(null, soldTo.put(seat.getString(), order.getString("orderId")), "sold twice: " + seat);
                }
                mailed.add(outcome[2]);
            }
        }
        assertTrue(!mailed.isEmpty() && mailed.size() <= 3, "confirmed " + mailed.size());
        assertEquals(soldTo.size(), Database.count("SELECT count(*) FROM sold_seats WHERE show_id = ?::uuid"
                + " AND released_at IS NULL", show));
        for (String email : mailed) {
            assertEquals(1, Mailbox.await(email, 1, 20_000).size(), email);
        }
        for (String email : mailed) {
            Mailbox.awaitExactly(email, 1, Duration.ofSeconds(1)); // mailed once, no copy from the other server
        }
    }

    @Test
    void aHoldOnOneServerReachesASeatMapStreamOnTheOther() throws Exception {
        String show = Shows.fresh();
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        var stream = HTTP.sendAsync(HttpRequest.newBuilder(URI.create(twin.baseUrl() + "/api/shows/" + show
                        + "/seatmap/events")).header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().filter(line -> line.startsWith("data:")).forEach(events::add));
        try {
            assertTrue(events.poll(10, TimeUnit.SECONDS) != null, "the stream is open");
            SignedIn user = Users.newUser();
            assertEquals(201, post(Api.baseUrl(), "/api/holds", user.token(), "{\"showId\": \"" + show
                    + "\", \"seatIds\": [\"G7\"]}").statusCode());
            long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            String found = null;
            while (found == null && System.nanoTime() < deadline) {
                String event = events.poll(100, TimeUnit.MILLISECONDS);
                if (event != null && event.replace(" ", "").contains("\"seatId\":\"G7\",\"status\":\"HELD\"")) {
                    found = event;
                }
            }
            assertTrue(found != null, "the other server's stream heard of the hold within 3 s");
        } finally {
            stream.cancel(true);
        }
    }

    @Test
    void twoServersShareOneLineAndNeverAdmitMoreThanTheSettingsAllow() throws Exception {
        SignedIn admin = Users.admin();
        String show = Shows.fresh();
        String movie = Users.as(admin, "GET", "/api/shows/" + show, null).object().getString("movieId");
        String room = "/api/admin/movies/" + movie + "/waiting-room";
        String entries = "/api/waiting-rooms/" + movie + "/entries";
        assertEquals(200, Users.as(admin, "PUT", room, "{\"admitPerMinute\": 1, \"maxShoppers\": 4}").status());
        try {
            // the other server reads the rooms every second
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> Api.on(twin.baseUrl(),
                    () -> Api.get("/api/waiting-rooms/" + movie)).status() == 200);
            List<SignedIn> line = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                SignedIn customer = Users.newUser();
                String server = i % 2 == 0 ? Api.baseUrl() : twin.baseUrl();
                int position = Api.on(server, () -> Users.as(customer, "POST", entries, null)).object().getInt("position");
                assertEquals(i + 1, position, "first come, first served across both servers");
                line.add(customer);
            }
            assertEquals(200, Users.as(admin, "PUT", room, "{\"admitPerMinute\": 1200, \"maxShoppers\": 4}").status());
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(8)).until(() -> admitted(line, entries) == 4);
            Thread.sleep(1500); // both servers keep admitting all this while, were the cap not shared
            List<String> statuses = new ArrayList<>();
            for (int i = 0; i < line.size(); i++) {
                SignedIn customer = line.get(i);
                String server = i % 2 == 0 ? twin.baseUrl() : Api.baseUrl();
                statuses.add(Api.on(server, () -> Users.as(customer, "GET", entries + "/me", null)).object()
                        .getString("status"));
            }
            assertEquals(List.of("ADMITTED", "ADMITTED", "ADMITTED", "ADMITTED", "WAITING", "WAITING", "WAITING",
                    "WAITING", "WAITING", "WAITING"), statuses, "the four lowest places, nobody more");
        } finally {
            Users.as(admin, "DELETE", room, null);
        }
    }

    private static long admitted(List<SignedIn> line, String entries) {
        return line.stream().filter(c -> "ADMITTED".equals(Users.as(c, "GET", entries + "/me", null).object()
                .getString("status"))).count();
    }

    private static HttpResponse<String> post(String base, String path, String token, String body) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
