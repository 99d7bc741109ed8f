package com.boxoffice.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.support.Concurrently;
import com.boxoffice.support.SecondServer;
import jakarta.json.Json;
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
 * More requests than the service lets in at once: those beyond its concurrency limit (2 on this server of its
 * own, whose sign-ins each take a quarter of a second of password hashing) are answered 503 with Retry-After
 * at once, while the ones let in finish with their real answer; outside the API nothing is shed.
 */
class OverloadIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static SecondServer server;

    @BeforeAll
    static void serverWithASmallLimit() throws Exception {
        server = new SecondServer("boxofficeOverload", 500, Map.of("BOXOFFICE_SHEDDING_ENABLED", "true",
                "BOXOFFICE_SHEDDING_INITIAL_LIMIT", "2", "BOXOFFICE_SHEDDING_MIN_LIMIT", "2",
                "BOXOFFICE_SHEDDING_MAX_LIMIT", "2", "BOXOFFICE_AUTH_RATE_LIMIT", "0"));
        server.start();
    }

    @AfterAll
    static void stopIt() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    /** One answer and how long it took to come. */
    private record Timed(int status, String retryAfter, String body, long millis) {
    }

    @Test
    void beyondTheLimitRequestsAreShedAtOnceWhileTheAdmittedFinish() throws Exception {
        List<Timed> answers = Concurrently.run(24, i -> send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                + "/api/auth/login")).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers
                .ofString("{\"email\": \"nobody-" + UUID.randomUUID() + "@example.com\", \"password\": \"whatever1\"}"))));
        List<Timed> shed = answers.stream().filter(a -> a.status() == 503).toList();
        List<Timed> served = answers.stream().filter(a -> a.status() != 503).toList();
        assertTrue(shed.size() >= 10, "most of 24 at once are beyond a limit of 2: " + answers);
        assertTrue(served.size() >= 2, "the limit's worth were served: " + answers);
        assertTrue(served.stream().allMatch(a -> a.status() == 401), "served with their real answer: " + served);
        for (Timed a : shed) {
            assertEquals("1", a.retryAfter());
            assertEquals("UNAVAILABLE", Json.createReader(new StringReader(a.body())).readObject().getJsonObject("error")
                    .getString("code"));
        }
        long slowestShed = shed.stream().mapToLong(Timed::millis).max().orElseThrow();
        long slowestServed = served.stream().mapToLong(Timed::millis).max().orElseThrow();
        assertTrue(slowestShed < slowestServed, "a refusal does not wait for the work in flight: shed within "
                + slowestShed + " ms, served within " + slowestServed + " ms");
    }

    @Test
    void healthAndTheTrivialEndpointAreNeverShed() throws Exception {
        List<Timed> answers = Concurrently.run(24, i -> send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                + (i % 2 == 0 ? "/api/time" : "/health/live"))).GET()));
        assertTrue(answers.stream().allMatch(a -> a.status() == 200), answers.toString());
    }

    private static Timed send(HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Timed(response.statusCode(), response.headers().firstValue("Retry-After").orElse(null),
                    response.body(), (System.nanoTime() - start) / 1_000_000);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
