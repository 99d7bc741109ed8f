package com.boxoffice.platform;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.support.Api;
import com.boxoffice.support.Api.Reply;
import com.boxoffice.support.Deployments;
import com.boxoffice.support.Purchases;
import com.boxoffice.support.Shows;
import com.boxoffice.support.Users;
import com.boxoffice.support.Users.SignedIn;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server's log is JSON, one record a line; what is written while serving a request carries its request
 * id and the signed-in user's id, every request has an access-log record with its id, and no password,
 * token or card token is ever written.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LogsIT {

    private static final Path MESSAGES = Path.of(System.getProperty("it.wlp.home"), "usr/servers",
            System.getProperty("it.server.name"), "logs/messages.log");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void recordsOfARequestCarryItsIdAndTheUserAndNoSecrets() throws Exception {
        SignedIn user = Users.newUser();
        String orderId = Purchases.orderedOrFail(user, Purchases.heldOrFail(user, Shows.fresh(), "D4"));
        String requestId = "logs-" + UUID.randomUUID();
        Reply paid = Api.send(user.authorize(Api.request("/api/orders/" + orderId + "/confirm-payment"))
                .header("Content-Type", "application/json").header("X-Request-Id", requestId)
                .POST(HttpRequest.BodyPublishers.ofString("{\"paymentMethod\": \"CARD\", \"paymentToken\": \"tok_visa\"}"))
                .build());
        assertEquals(200, paid.status(), paid.body());

        JsonObject confirmed = awaitRecord(requestId, "liberty_message");
        assertTrue(confirmed.getString("message").contains("Order " + orderId + " confirmed"), confirmed.toString());
        assertEquals(user.userId(), confirmed.getString("ext_userId"));
        JsonObject access = awaitRecord(requestId, "liberty_accesslog");
        assertTrue(access.toString().contains("/confirm-payment"), access.toString());
        assertTrue(access.toString().contains("200"), access.toString());

        String log = Files.readString(MESSAGES, StandardCharsets.UTF_8);
        assertFalse(log.contains(user.token()), "a token was logged");
        assertFalse(log.contains(user.token().split("\\.")[2]), "a token's signature was logged");
        assertFalse(log.contains("correct horse"), "a password was logged");
        assertFalse(log.contains("tok_visa") || log.contains("tok_chargeDeclined"), "a card token was logged");
    }

    /** The record of the given type written for the request; the log is written asynchronously. */
    private static JsonObject awaitRecord(String requestId, String type) {
        JsonObject record = await("a " + type + " record with request id " + requestId + " in " + MESSAGES)
                .atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> record(requestId, type), Objects::nonNull);
        if (type.equals("liberty_message")) {
            assertEquals(requestId, record.getString("ext_requestId"));
        }
        return record;
    }

    private static JsonObject record(String requestId, String type) throws Exception {
        for (String line : Files.readAllLines(MESSAGES, StandardCharsets.UTF_8)) {
            if (line.contains(requestId) && line.contains("\"type\":\"" + type + "\"")) {
                try (JsonReader reader = Json.createReader(new StringReader(line))) {
                    return reader.readObject();
                }
            }
        }
        return null;
    }
}
