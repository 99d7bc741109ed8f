package com.boxoffice.ordering;

import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.support.Api;
import com.boxoffice.support.Api.Reply;
import com.boxoffice.support.Database;
import com.boxoffice.support.Mailbox;
import com.boxoffice.support.Purchases;
import com.boxoffice.support.SecondServer;
import com.boxoffice.support.Shows;
import com.boxoffice.support.StripeStandIn;
import com.boxoffice.support.Users;
import com.boxoffice.support.Users.SignedIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Selling through Stripe, against a stand-in of Stripe's HTTP API (no test reaches the internet) and with webhook
 * events signed as Stripe signs them, on a server of its own configured for Stripe; and a production server that
 * refuses to start with the sandbox.
 */
class StripePaymentsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static SecondServer server;
    private static SignedIn buyer;

    @BeforeAll
    static void serverOnStripe() throws Exception {
        StripeStandIn.start();
        server = new SecondServer("boxofficeStripe", 800, Map.of("BOXOFFICE_PAYMENT_PROVIDER", "stripe",
                "BOXOFFICE_STRIPE_SECRET_KEY", StripeStandIn.SECRET_KEY,
                "BOXOFFICE_STRIPE_WEBHOOK_SECRET", StripeStandIn.WEBHOOK_SECRET,
                "BOXOFFICE_STRIPE_API_BASE", StripeStandIn.apiBase(),
                "BOXOFFICE_STRIPE_TIMEOUT_MS", "1500"));
        server.start();
        Api.useServer(server.baseUrl());
        buyer = Users.newUser();
    }

    @AfterAll
    static void stop() throws Exception {
        Api.useServer(null);
        if (server != null) {
            server.stop();
        }
        StripeStandIn.stop();
    }

    @Test
    void aPaymentIsAuthorizedAndCapturedWithIdempotencyKeysAndTheTicketsAreMailed() {
        String pm = paymentMethod();
        StripeStandIn.authorizes(pm, "pi_ok_" + pm);
        String email = Users.uniqueEmail();
        String order = order(email, "A1");
        Reply paid = Purchases.pay(buyer, order, pm, null);
        assertEquals(200, paid.status(), paid.body());
        assertEquals("CONFIRMED", paid.object().getString("status"));
        Mailbox.awaitExactly(email, 1, Duration.ofSeconds(20));
        String key = paymentKey(order);
        StripeStandIn.start().verify(1, postRequestedFor(urlEqualTo("/v1/payment_intents"))
                .withHeader("Idempotency-Key", matching(key + ":authorize"))
                .withRequestBody(matching(".*capture_method=manual.*")));
        StripeStandIn.start().verify(1, postRequestedFor(urlEqualTo("/v1/payment_intents/pi_ok_" + pm + "/capture"))
                .withHeader("Idempotency-Key", matching(key + ":capture")));
    }

    @Test
    void aDeclineIs402AndTheOrderCanBePaidAgain() {
        String declined = paymentMethod();
        StripeStandIn.declines(declined, "insufficient_funds");
        String order = order(Users.uniqueEmail(), "A2");
        Reply refused = Purchases.pay(buyer, order, declined, null);
        assertEquals(402, refused.status(), refused.body());
        assertEquals("PAYMENT_DECLINED", refused.errorCode());
        assertTrue(refused.body().contains("insufficient_funds"), refused.body());

        String good = paymentMethod();
        StripeStandIn.authorizes(good, "pi_retry_" + good);
        assertEquals(200, Purchases.pay(buyer, order, good, null).status());
    }

    @Test
    void aCaptureThatTimesOutAfterTakingTheMoneyIsReconciledAndTheSaleGoesThrough() {
        String pm = paymentMethod();
        StripeStandIn.authorizes(pm, "pi_slow_" + pm);
        StripeStandIn.capturedAs("pi_slow_" + pm, 4_000); // beyond the server's 1.5 s: it asks Stripe what happened
        String email = Users.uniqueEmail();
        String order = order(email, "A3");
        Reply paid = Purchases.pay(buyer, order, pm, null);
        assertEquals(200, paid.status(), paid.body());
        assertEquals("CONFIRMED", paid.object().getString("status"));
        Mailbox.awaitExactly(email, 1, Duration.ofSeconds(20));
        StripeStandIn.start().verify(1, postRequestedFor(urlEqualTo("/v1/payment_intents/pi_slow_" + pm + "/capture")));
        StripeStandIn.start().verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlEqualTo("/v1/payment_intents/pi_slow_" + pm)));
    }

    @Test
    void aPaymentKnownOnlyByItsWebhookConfirmsTheOrderAndMailsOnce() throws Exception {
        String pm = paymentMethod();
        StripeStandIn.failsOnCreate(pm); // Stripe's answer is lost: the customer sees 503 and closes the tab
        String email = Users.uniqueEmail();
        String order = order(email, "A4");
        Reply unknown = Purchases.pay(buyer, order, pm, null);
        assertEquals(503, unknown.status(), unknown.body());
        String key = paymentKey(order);

        String intent = "pi_hook_" + pm; // Stripe did authorize it, and says so
        StripeStandIn.authorizes("never-used-" + pm, intent);
        String event = StripeStandIn.event("evt_" + pm, "payment_intent.amount_capturable_updated",
                StripeStandIn.intent(intent, "requires_capture", key));
        HttpResponse<String> delivered = webhook(event, StripeStandIn.signature(event, Instant.now(), StripeStandIn.WEBHOOK_SECRET));
        assertEquals(200, delivered.statusCode(), delivered.body());
        assertEquals("CONFIRMED", orderStatus(order));
        Mailbox.awaitExactly(email, 1, Duration.ofSeconds(20));

        HttpResponse<String> again = webhook(event, StripeStandIn.signature(event, Instant.now(), StripeStandIn.WEBHOOK_SECRET));
        assertEquals(200, again.statusCode(), "a redelivery is acknowledged: " + again.body());
        assertTrue(again.body().contains("\"duplicate\":true"), again.body());
        String succeeded = StripeStandIn.event("evt_2_" + pm, "payment_intent.succeeded", StripeStandIn.intent(intent, "succeeded", key));
        assertEquals(200, webhook(succeeded, StripeStandIn.signature(succeeded, Instant.now(), StripeStandIn.WEBHOOK_SECRET)).statusCode());
        Mailbox.awaitExactly(email, 1, Mailbox.DUPLICATE_WINDOW); // still one email, one sale
        assertEquals(1, Database.count("SELECT count(*) FROM tickets WHERE order_id = ?::uuid", order));
        StripeStandIn.start().verify(1, postRequestedFor(urlEqualTo("/v1/payment_intents/" + intent + "/capture")));
    }

    @Test
    void aWebhookThatComesWhileTheConfirmCallRunsLeavesTheSaleToIt() throws Exception {
        String pm = paymentMethod();
        String intent = "pi_during_" + pm;
        StripeStandIn.authorizes(pm, intent);
        StripeStandIn.capturedAs(intent, 1_000); // slow, within the server's 1.5 s
        String email = Users.uniqueEmail();
        String order = order(email, "A8");
        java.util.concurrent.CompletableFuture<Reply> paying = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> Api.on(server.baseUrl(), () -> Purchases.pay(buyer, order, pm, null)));
        await("the capture under way").atMost(Duration.ofSeconds(10)).until(() -> !StripeStandIn.start().findAll(
                postRequestedFor(urlEqualTo("/v1/payment_intents/" + intent + "/capture"))).isEmpty());
        String event = StripeStandIn.event("evt_" + pm, "payment_intent.amount_capturable_updated",
                StripeStandIn.intent(intent, "requires_capture", paymentKey(order)));
        assertEquals(200, webhook(event, StripeStandIn.signature(event, Instant.now(), StripeStandIn.WEBHOOK_SECRET)).statusCode());
        Reply paid = paying.get(20, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(200, paid.status(), paid.body());
        Mailbox.awaitExactly(email, 1, Duration.ofSeconds(20));
        StripeStandIn.start().verify(1, postRequestedFor(urlEqualTo("/v1/payment_intents/" + intent + "/capture")));
        assertEquals(1, Database.count("SELECT count(*) FROM tickets WHERE order_id = ?::uuid", order));
    }

    @Test
    void aPaymentWhoseAnswerWasLostIsFoundAtStripeAndSoldWithoutAnyWebhook() throws Exception {
        String pm = paymentMethod();
        StripeStandIn.failsOnCreate(pm);
        String email = Users.uniqueEmail();
        String order = order(email, "A9");
        assertEquals(503, Purchases.pay(buyer, order, pm, null).status());
        String intent = "pi_found_" + pm;
        StripeStandIn.authorizes("never-used-" + pm, intent);
        StripeStandIn.findable(paymentKey(order), StripeStandIn.intent(intent, "requires_capture", paymentKey(order)));
        await("the housekeeping asks Stripe and sells").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                .until(() -> "CONFIRMED".equals(orderStatus(order)));
        Mailbox.awaitExactly(email, 1, Duration.ofSeconds(20));
        StripeStandIn.start().verify(1, postRequestedFor(urlEqualTo("/v1/payment_intents/" + intent + "/capture")));
    }

    @Test
    void aWebhookAfterTheConfirmCallChangesNothing() throws Exception {
        String pm = paymentMethod();
        String intent = "pi_after_" + pm;
        StripeStandIn.authorizes(pm, intent);
        String email = Users.uniqueEmail();
        String order = order(email, "A5");
        assertEquals(200, Purchases.pay(buyer, order, pm, null).status());
        String event = StripeStandIn.event("evt_" + pm, "payment_intent.succeeded", StripeStandIn.intent(intent, "succeeded", paymentKey(order)));
        assertEquals(200, webhook(event, StripeStandIn.signature(event, Instant.now(), StripeStandIn.WEBHOOK_SECRET)).statusCode());
        Mailbox.awaitExactly(email, 1, Mailbox.DUPLICATE_WINDOW);
        StripeStandIn.start().verify(1, postRequestedFor(urlEqualTo("/v1/payment_intents/" + intent + "/capture")));
    }

    @Test
    void unsignedForgedStaleAndMalformedEventsAre400AndChangeNothing() throws Exception {
        String pm = paymentMethod();
        StripeStandIn.failsOnCreate(pm);
        String order = order(Users.uniqueEmail(), "A6");
        assertEquals(503, Purchases.pay(buyer, order, pm, null).status());
        String event = StripeStandIn.event("evt_forged_" + pm, "payment_intent.amount_capturable_updated",
                StripeStandIn.intent("pi_forged_" + pm, "requires_capture", paymentKey(order)));
        List<HttpResponse<String>> refused = List.of(
                webhook(event, null),
                webhook(event, StripeStandIn.signature(event, Instant.now(), "whsec_someone_else")),
                webhook(event, StripeStandIn.signature(event, Instant.now().minusSeconds(600), StripeStandIn.WEBHOOK_SECRET)),
                webhook(event.replace("requires_capture", "succeeded"), StripeStandIn.signature(event, Instant.now(), StripeStandIn.WEBHOOK_SECRET)),
                webhook("{not json", StripeStandIn.signature("{not json", Instant.now(), StripeStandIn.WEBHOOK_SECRET)),
                webhook(event, "t=abc,v1=00"));
        for (HttpResponse<String> reply : refused) {
            assertEquals(400, reply.statusCode(), reply.body());
            assertTrue(reply.body().contains("VALIDATION_FAILED"), reply.body());
        }
        assertEquals("PENDING_PAYMENT", orderStatus(order));
        assertEquals(0, Database.count("SELECT count(*) FROM payment_events WHERE event_id = ?", "evt_forged_" + pm));
        HttpResponse<String> otherProvider = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                + "/api/payments/webhooks/razorpay")).POST(HttpRequest.BodyPublishers.ofString(event)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, otherProvider.statusCode(), otherProvider.body());
    }

    @Test
    void aCancellationRefundsThroughStripe() {
        String pm = paymentMethod();
        String intent = "pi_refund_" + pm;
        StripeStandIn.authorizes(pm, intent);
        String order = order(Users.uniqueEmail(), "A7");
        assertEquals(200, Purchases.pay(buyer, order, pm, null).status());
        Reply cancelled = Users.as(buyer, "POST", "/api/orders/" + order + "/cancel", null);
        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("REFUNDED", cancelled.object().getJsonObject("refund").getString("status"));
        // the cancellation and the housekeeping's sweep may both ask: under one idempotency key, one refund at Stripe
        var refunds = StripeStandIn.start().findAll(postRequestedFor(urlEqualTo("/v1/refunds"))
                .withRequestBody(matching(".*payment_intent=" + intent + ".*")));
        assertTrue(!refunds.isEmpty(), "refunded at Stripe");
        assertTrue(refunds.stream().allMatch(r -> (paymentKey(order) + ":refund").equals(r.getHeader("Idempotency-Key"))),
                "every refund call under the payment's key");
    }

    @Test
    void productionRefusesToStartWithTheSandbox() throws Exception {
        SecondServer production = new SecondServer("boxofficeProduction", 900, Map.of("BOXOFFICE_ENV", "production",
                "BOXOFFICE_PAYMENT_PROVIDER", "sandbox"));
        try {
            production.startWithoutWaiting();
            Path log = production.logFile();
            await("the refusal in the log").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> Files.exists(log) && Files.readString(log).contains("BOXOFFICE_ENV=production does not start"
                            + " with the sandbox payment provider"));
            HttpResponse<String> cities = HTTP.send(HttpRequest.newBuilder(URI.create(production.baseUrl() + "/api/cities")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(cities.statusCode() == 404 || cities.statusCode() == 503, "no application: " + cities.statusCode());
            HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(URI.create(production.baseUrl() + "/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(ready.statusCode() != 200, "never ready: " + ready.body());
        } finally {
            production.stop();
        }
    }

    /** An order of a seat of a new show, its tickets to go to {@code email}. */
    private static String order(String email, String seat) {
        Reply order = Purchases.post(buyer, "/api/orders", Purchases.orderBody(Purchases.heldOrFail(buyer, Shows.fresh(), seat),
                email), null);
        assertEquals(201, order.status(), order.body());
        return order.object().getString("orderId");
    }

    private static String paymentMethod() {
        return "pm_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private static String paymentKey(String orderId) {
        try (var db = java.sql.DriverManager.getConnection(System.getProperty("it.db.url"), "postgres", "");
             var statement = db.prepareStatement("SELECT gateway_key FROM payments WHERE order_id = ?::uuid ORDER BY created_at DESC LIMIT 1")) {
            statement.setString(1, orderId);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String orderStatus(String orderId) {
        return Users.as(buyer, "GET", "/api/orders/" + orderId, null).object().getString("status");
    }

    private static HttpResponse<String> webhook(String payload, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/payments/webhooks/stripe"))
                .header("Content-Type", "application/json; charset=utf-8").POST(HttpRequest.BodyPublishers.ofString(payload));
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
