package com.boxoffice.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.support.Api;
import com.boxoffice.support.Api.Reply;
import com.boxoffice.support.Deployments;
import com.boxoffice.support.Users;
import com.boxoffice.support.Users.SignedIn;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What every endpoint shares: the error envelope, request ids, CORS, health, metrics and OpenAPI. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void everyResponseCarriesARequestId() {
        String generated = Api.get("/api/cities").header("X-Request-Id");
        assertNotNull(generated);
        UUID.fromString(generated);
        assertNotNull(Api.get("/api/movies/nope").header("X-Request-Id"));
        assertNotNull(Api.get("/api/no-such-thing").header("X-Request-Id"));
    }

    @Test
    void aClientsRequestIdIsEchoedWhenPlainAndReplacedOtherwise() {
        assertEquals("checkout-42.a:b", Api.get("/api/cities", Map.of("X-Request-Id", "checkout-42.a:b")).header("X-Request-Id"));
        String hostile = "<script>alert(1)</script>";
        String replaced = Api.get("/api/cities", Map.of("X-Request-Id", hostile)).header("X-Request-Id");
        assertFalse(replaced.equals(hostile));
        String tooLong = "x".repeat(500);
        assertFalse(Api.get("/api/cities", Map.of("X-Request-Id", tooLong)).header("X-Request-Id").equals(tooLong));
    }

    @Test
    void anUnknownPathIsA404InTheEnvelope() {
        Reply reply = Api.get("/api/no-such-thing");
        assertEquals(404, reply.status());
        assertEnvelope(reply, "NOT_FOUND");
    }

    @Test
    void aWrongMethodIsA405InTheEnvelope() {
        Reply reply = Api.send("DELETE", "/api/cities", null, null);
        assertEquals(405, reply.status());
        assertEnvelope(reply, "METHOD_NOT_ALLOWED");
        Reply post = Api.send("POST", "/api/movies", "application/json", "{\"title\": \"x\"}");
        assertEquals(405, post.status());
        assertEnvelope(post, "METHOD_NOT_ALLOWED");
    }

    @Test
    void anUnservableAcceptHeaderIsA406InTheEnvelope() {
        Reply reply = Api.get("/api/cities", Map.of("Accept", "application/xml"));
        assertEquals(406, reply.status());
        assertEnvelope(reply, "NOT_ACCEPTABLE");
    }

    @Test
    void errorsNeverShowInternals() {
        for (String path : new String[] {"/api/movies?page=%00", "/api/movies/%27%3B--", "/api/shows/..%2F..%2Fetc",
                "/api/movies?genre=%27%20OR%201%3D1--", "/api/movies?q=%5C", "/api/theatres?city=%25%25"}) {
            Reply reply = Api.get(path);
            assertTrue(reply.status() < 500, path + " -> " + reply);
            assertFalse(reply.body().contains("Exception"), reply.body());
            assertFalse(reply.body().toLowerCase().contains("select "), reply.body());
            assertNotNull(reply.header("X-Request-Id"), path + ": even what the server rejects before the API");
        }
    }

    @Test
    void aNulInAQueryOrADayOutOfRangeIsA400() {
        String movie = Api.get("/api/movies").object().getJsonArray("items").getJsonObject(0).getString("movieId");
        for (String path : new String[] {"/api/movies?q=a%00b", "/api/theatres?city=Mum%00bai",
                "/api/movies/" + movie + "/shows?city=a%00b", "/api/movies/" + movie + "/shows?date=-999999999-01-01",
                "/api/movies/" + movie + "/shows?date=-4713-01-01", "/api/movies/" + movie + "/shows?date=2026-02-30"}) {
            Reply reply = Api.get(path);
            assertEquals(400, reply.status(), path + " -> " + reply);
            assertEnvelope(reply, "VALIDATION_FAILED");
        }
    }

    @Test
    void corsIsAnsweredForTheConfiguredOriginOnly() {
        Reply reply = Api.send(preflight("https://tickets.example"));
        assertTrue(reply.status() == 204 || reply.status() == 200, reply.toString());
        assertEquals("https://tickets.example", reply.header("Access-Control-Allow-Origin"), "never *");
        assertNull(reply.header("Access-Control-Allow-Credentials"));
        for (String method : new String[] {"GET", "POST", "PUT", "DELETE", "OPTIONS"}) {
            assertTrue(reply.header("Access-Control-Allow-Methods").contains(method));
        }
        for (String header : new String[] {"Content-Type", "Authorization", "Idempotency-Key", "X-Request-Id"}) {
            assertTrue(reply.header("Access-Control-Allow-Headers").contains(header));
        }
        Reply simple = Api.get("/api/cities", Map.of("Origin", "https://tickets.example"));
        assertEquals("https://tickets.example", simple.header("Access-Control-Allow-Origin"));
        assertTrue(simple.header("Vary").contains("Origin"));
        assertTrue(simple.header("Access-Control-Expose-Headers").contains("X-Request-Id"));
        assertNull(Api.get("/api/cities").header("Access-Control-Allow-Origin"));

        Reply foreign = Api.send(preflight("https://evil.example"));
        assertNull(foreign.header("Access-Control-Allow-Origin"), "an origin nobody configured gets nothing");
        assertNull(foreign.header("Access-Control-Allow-Methods"));
        SignedIn user = Users.newUser();
        Reply signedIn = Api.get("/api/orders", Map.of("Origin", "https://evil.example", "Authorization",
                "Bearer " + user.token()));
        assertNull(signedIn.header("Access-Control-Allow-Origin"));
    }

    private static HttpRequest preflight(String origin) {
        return Api.request("/api/holds")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Content-Type, Authorization, Idempotency-Key")
                .build();
    }

    @Test
    void healthIsUpWithTheDatabaseChecked() {
        Reply ready = Api.get("/health/ready");
        assertEquals(200, ready.status(), ready.body());
        assertEquals("UP", ready.object().getString("status"));
        assertTrue(ready.body().contains("\"database\""));
        assertEquals("UP", Api.get("/health/live").object().getString("status"));
        assertEquals("UP", Api.get("/health/started").object().getString("status"));
        assertEquals("UP", Api.get("/health").object().getString("status"));
    }

    @Test
    void metricsArePrometheusTextWithoutSigningIn() {
        Reply reply = Api.get("/metrics");
        assertEquals(200, reply.status());
        assertTrue(reply.header("Content-Type").startsWith("text/plain"), reply.header("Content-Type"));
        assertTrue(reply.body().contains("# TYPE"));
        for (String figure : new String[] {"holds_created_total{backend=\"redis\"", "holds_created_total{backend=\"database\"",
                "holds_conflicted_total", "holds_released_total", "holds_expired_total", "seatlocks_fallbacks_total",
                "holds_latency_seconds", "seatlocks_backend_redis"}) {
            assertTrue(reply.body().contains(figure), "metrics lack " + figure);
        }
    }

    @Test
    void everyApplicationMetricIsExplainedAndLatenciesAreHistograms() {
        String text = Api.get("/metrics?scope=application").body();
        java.util.Map<String, String> help = new java.util.HashMap<>();
        java.util.Map<String, String> types = new java.util.HashMap<>();
        for (String line : text.split("\n")) {
            String[] parts = line.split(" ", 4);
            if (line.startsWith("# HELP ")) {
                help.put(parts[2], parts.length > 3 ? parts[3].trim() : "");
            } else if (line.startsWith("# TYPE ")) {
                types.put(parts[2], parts[3]);
            }
        }
        assertTrue(types.size() >= 15, types.toString());
        types.keySet().forEach(family -> assertFalse(help.getOrDefault(family, "").isEmpty(), family + " has no HELP text"));
        assertEquals("histogram", types.get("holds_latency_seconds"));
        assertEquals("histogram", types.get("payments_latency_seconds"));
        assertEquals("histogram", types.get("waitingroom_time_in_line_seconds"));
        assertTrue(text.contains("holds_latency_seconds_bucket{"), "buckets that add up across servers");
        assertFalse(text.contains("quantile="), "no summaries");
        for (String counter : new String[] {"notifications_sent_total", "notifications_failed_total",
                "notifications_retried_total", "orders_confirmed_total", "payments_refunds_total", "requests_shed_total",
                "waitingroom_admitted_total", "waitingroom_waiting", "waitingroom_shopping", "requests_limit"}) {
            assertTrue(types.containsKey(counter), counter + " is there from the start, at 0 before the first");
        }
    }

    @Test
    void openApiDocumentsEveryCatalogEndpointWithExamples() {
        Reply reply = Api.get("/openapi?format=JSON");
        assertEquals(200, reply.status());
        JsonObject paths = reply.object().getJsonObject("paths");
        for (String path : new String[] {"/api/cities", "/api/movies", "/api/movies/{movieId}",
                "/api/movies/{movieId}/shows", "/api/movies/{movieId}/poster", "/api/theatres",
                "/api/theatres/{theatreId}", "/api/shows/{showId}", "/api/shows/{showId}/seatmap",
                "/api/auth/register", "/api/auth/login", "/api/auth/me", "/api/admin/movies",
                "/api/admin/movies/{movieId}", "/api/admin/theatres", "/api/admin/theatres/{theatreId}",
                "/api/admin/shows", "/api/admin/shows/{showId}/cancel", "/api/holds", "/api/holds/{holdId}"}) {
            assertTrue(paths.containsKey(path), "OpenAPI lacks " + path);
        }
        assertTrue(reply.body().contains("\"examples\""));
        JsonObject jwt = reply.object().getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("jwt");
        assertEquals("http", jwt.getString("type"));
        assertEquals("bearer", jwt.getString("scheme"));
        assertTrue(paths.getJsonObject("/api/admin/movies").getJsonObject("post").containsKey("security"));
        assertEquals(200, Api.get("/openapi/ui/").status());
    }

    private static void assertEnvelope(Reply reply, String code) {
        JsonObject error = reply.object().getJsonObject("error");
        assertEquals(code, error.getString("code"));
        assertFalse(error.getString("message").isBlank());
        assertNotNull(error.getString("timestamp"));
        assertNotNull(error.getJsonObject("details"));
        assertTrue(reply.header("Content-Type").startsWith("application/json"));
    }
}
