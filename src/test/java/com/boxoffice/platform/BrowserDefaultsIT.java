package com.boxoffice.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.support.Api;
import com.boxoffice.support.Api.Reply;
import com.boxoffice.support.Deployments;
import com.boxoffice.support.Purchases;
import com.boxoffice.support.Shows;
import com.boxoffice.support.Users;
import com.boxoffice.support.Users.SignedIn;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a browser is told about the service's pages and data, and what the service never shows of itself. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserDefaultsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theUiRunsOnlyItsOwnScriptsAndIsNeverFramed() {
        for (String page : new String[] {"/", "/index.html", "/app.js", "/app.css"}) {
            Reply reply = Api.get(page);
            assertEquals(200, reply.status(), page);
            assertEquals("nosniff", reply.header("X-Content-Type-Options"), page);
            String policy = reply.header("Content-Security-Policy");
            assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), policy);
            assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        }
        assertFalse(Api.get("/").body().contains("<script>"), "no inline script in the page");
        assertFalse(Api.get("/app.js").body().contains("style=\""), "no inline styles in the markup the UI writes");
    }

    @Test
    void aClientAskingToUpgradeToHttp2GetsItsAnswerAtOnce() {
        java.net.http.HttpClient upgrading = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_2).build(); // Java's default: asks for h2c
        for (String path : new String[] {"/", "/no-such-page", "/api/cities"}) {
            java.net.http.HttpRequest request = Api.request(path).timeout(java.time.Duration.ofSeconds(5)).GET().build();
            java.util.concurrent.CompletableFuture<Integer> status = upgrading.sendAsync(request,
                    java.net.http.HttpResponse.BodyHandlers.discarding()).thenApply(java.net.http.HttpResponse::statusCode);
            assertTrue(status.orTimeout(6, java.util.concurrent.TimeUnit.SECONDS).join() > 0, path);
        }
    }

    @Test
    void everyApiAnswerIsNotSniffedAndNeverFramed() {
        for (String path : new String[] {"/api/cities", "/api/no-such-thing", "/api/movies?page=-1"}) {
            Reply reply = Api.get(path);
            assertEquals("nosniff", reply.header("X-Content-Type-Options"), path);
            assertTrue(reply.header("Content-Security-Policy").contains("frame-ancestors 'none'"), path);
        }
        assertNull(Api.get("/api/cities").header("Strict-Transport-Security"), "HSTS is for HTTPS answers");
    }

    @Test
    void personalDataIsNeverStored() {
        SignedIn customer = Users.newUser();
        String show = Shows.fresh();
        String order = Purchases.buy(customer, show, "A1").object().getString("orderId");
        String ticket = Users.as(customer, "GET", "/api/orders/" + order, null).object().getJsonArray("tickets")
                .getJsonObject(0).getString("ticketId");
        for (String path : new String[] {"/api/auth/me", "/api/orders", "/api/orders/" + order,
                "/api/orders/" + order + "/tickets/" + ticket + "/qr", "/api/shows/" + show + "/seatmap"}) {
            Reply reply = Users.as(customer, "GET", path, null);
            assertEquals(200, reply.status(), path);
            assertTrue(reply.header("Cache-Control").contains("no-store"), path + ": " + reply.header("Cache-Control"));
        }
        Reply login = Users.login(customer.email(), "correct horse");
        assertTrue(login.header("Cache-Control").contains("no-store"), "a token is personal data");
        assertNull(Api.get("/api/cities").header("Cache-Control"), "public catalog answers may be cached");
    }

    @Test
    void theServersOwnTokenEndpointsPublishNothing() {
        for (String path : new String[] {"/jwt/ibm/api/defaultJWT/jwk", "/jwt/ibm/api/defaultJWT/token", "/jwt/"}) {
            Reply reply = Api.get(path);
            assertTrue(reply.status() >= 400, path + " -> " + reply);
            assertFalse(reply.body().contains("keys"), path + " -> " + reply.body());
            assertNamesNothingOfTheServer(path, reply);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nothing.html", "/WEB-INF/web.xml", "/error-page", "/api/../WEB-INF/web.xml",
            "/health/nope", "/metrics/nope", "/jwt/nope", "/api/movies/%zz", "/%2e%2e/x"})
    void errorPagesNameNothingOfTheServer(String path) throws IOException {
        String answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        int status = Integer.parseInt(answer.substring(9, 12));
        assertTrue(status >= 400 && status < 500, path + " -> " + answer);
        String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
        assertTrue(head.contains("x-content-type-options: nosniff"), answer);
        assertFalse(head.contains("$wsep"), answer);
        if (!path.contains("%")) { // a path that cannot be decoded is refused by the server before the service runs
            assertNamesNothingOfTheServer(path, answer.substring(head.length()));
        }
    }

    private static void assertNamesNothingOfTheServer(String path, Reply reply) {
        assertNamesNothingOfTheServer(path, reply.body());
    }

    private static void assertNamesNothingOfTheServer(String path, String body) {
        for (String tell : new String[] {"CWW", "SRVE", "Liberty", "WebSphere", "java.", "com.ibm", "Exception"}) {
            assertFalse(body.contains(tell), path + " names " + tell + ": " + body);
        }
    }

    /** A request sent as written (no client library would send a malformed path). */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", Integer.parseInt(System.getProperty("it.http.port", "9080")))) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/cities?x=%zz", "/api/movies?q=%", "/api/movies?q=%2", "/api/theatres?city=%G1"})
    void aMalformedQueryStringIsA400InTheEnvelope(String path) throws IOException {
        String answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        assertTrue(answer.contains("\"code\":\"VALIDATION_FAILED\""), answer);
        assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/json"), answer);
    }

    @Test
    void aLiteralPercentSignEncodedIsFine() {
        assertEquals(200, Api.get("/api/movies?q=%25").status());
    }

    @Test
    void aWellFormedBodyStillGetsThroughAfterBeingReadAhead() {
        Reply refused = Api.send("POST", "/api/auth/login", "application/json", "{\"email\": \"a@b.example\"}");
        assertEquals(400, refused.status(), refused.body());
        assertEquals("VALIDATION_FAILED", refused.errorCode());
        Reply tooBig = Api.send("POST", "/api/auth/login", "application/json",
                "{\"email\": \"" + "a".repeat(70_000) + "\"}");
        assertEquals(413, tooBig.status());
        assertEquals("PAYLOAD_TOO_LARGE", tooBig.errorCode());
    }
}
