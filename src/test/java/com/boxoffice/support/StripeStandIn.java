package com.boxoffice.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.stripe.net.Webhook;
import java.time.Instant;

/**
 * Stripe's HTTP API as the tests play it (WireMock in this JVM, answers shaped as Stripe documents them), and
 * webhook events signed as Stripe signs them. Stubs are told apart by the payment method ("pm_...") a test pays
 * with, so tests do not disturb each other.
 */
public final class StripeStandIn {

    public static final String SECRET_KEY = "sk_test_boxoffice";
    public static final String WEBHOOK_SECRET = "whsec_test_boxoffice";
    public static final String API_VERSION = "2025-11-17.clover";
    private static WireMockServer server;

    private StripeStandIn() {
    }

    public static synchronized WireMockServer start() {
        if (server == null) {
            server = new WireMockServer(options().bindAddress("127.0.0.1").port(Integer.getInteger("it.stripe.port", 7601)));
            server.start();
        }
        return server;
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public static String apiBase() {
        return "http://127.0.0.1:" + start().port();
    }

    public static String intent(String id, String status, String key) {
        return "{\"id\": \"" + id + "\", \"object\": \"payment_intent\", \"amount\": 30000, \"amount_capturable\": "
                + ("requires_capture".equals(status) ? 30000 : 0) + ", \"currency\": \"inr\", \"status\": \"" + status
                + "\", \"capture_method\": \"manual\", \"latest_charge\": \"ch_" + id + "\", \"client_secret\": \""
                + id + "_secret\", \"metadata\": {" + (key == null ? "" : "\"boxoffice_key\": \"" + key + "\"") + "}}";
    }

    /** Payments with this method are authorized as intent {@code id}, captured, found and refunded. */
    public static void authorizes(String paymentMethod, String id) {
        start().stubFor(post(urlEqualTo("/v1/payment_intents")).withRequestBody(containing("payment_method=" + paymentMethod))
                .willReturn(json(200, intent(id, "requires_capture", null))));
        capturedAs(id, 0);
        server.stubFor(get(urlPathEqualTo("/v1/payment_intents/" + id)).willReturn(json(200, intent(id, "succeeded", null))));
        server.stubFor(post(urlEqualTo("/v1/payment_intents/" + id + "/cancel")).willReturn(json(200, intent(id, "canceled", null))));
        server.stubFor(post(urlEqualTo("/v1/refunds")).withRequestBody(containing("payment_intent=" + id))
                .willReturn(json(200, "{\"id\": \"re_" + id + "\", \"object\": \"refund\", \"status\": \"succeeded\","
                        + " \"amount\": 30000, \"payment_intent\": \"" + id + "\"}")));
    }

    /** The capture of intent {@code id} takes the money and answers after {@code delayMillis}. */
    public static void capturedAs(String id, int delayMillis) {
        start().stubFor(post(urlEqualTo("/v1/payment_intents/" + id + "/capture"))
                .willReturn(json(200, intent(id, "succeeded", null)).withFixedDelay(delayMillis)));
    }

    /** Payments with this method are declined by the card's bank. */
    public static void declines(String paymentMethod, String declineCode) {
        start().stubFor(post(urlEqualTo("/v1/payment_intents")).withRequestBody(containing("payment_method=" + paymentMethod))
                .willReturn(json(402, "{\"error\": {\"type\": \"card_error\", \"code\": \"card_declined\", \"decline_code\": \""
                        + declineCode + "\", \"message\": \"Your card was declined.\"}}")));
    }

    /** Stripe fails for payments with this method (an outage): no answer tells whether the intent was made. */
    public static void failsOnCreate(String paymentMethod) {
        start().stubFor(post(urlEqualTo("/v1/payment_intents")).withRequestBody(containing("payment_method=" + paymentMethod))
                .willReturn(json(500, "{\"error\": {\"type\": \"api_error\", \"message\": \"Something went wrong\"}}")));
        server.stubFor(get(urlPathEqualTo("/v1/payment_intents/search")).withQueryParam("query", containing("pay_"))
                .willReturn(json(200, "{\"object\": \"search_result\", \"data\": [], \"has_more\": false,"
                        + " \"url\": \"/v1/payment_intents/search\"}")));
    }

    /** Stripe's search finds this intent by the attempt key in its metadata. */
    public static void findable(String paymentKey, String intentJson) {
        start().stubFor(get(urlPathEqualTo("/v1/payment_intents/search")).withQueryParam("query", containing(paymentKey))
                .willReturn(json(200, "{\"object\": \"search_result\", \"data\": [" + intentJson + "], \"has_more\": false,"
                        + " \"url\": \"/v1/payment_intents/search\"}")));
    }

    /** A Stripe-Signature header for the payload, signed at {@code at} with {@code secret}. */
    public static String signature(String payload, Instant at, String secret) throws Exception {
        long t = at.getEpochSecond();
        return "t=" + t + ",v1=" + Webhook.Util.computeHmacSha256(secret, t + "." + payload);
    }

    public static String event(String eventId, String type, String intentJson) {
        return "{\"id\": \"" + eventId + "\", \"object\": \"event\", \"api_version\": \"" + API_VERSION + "\", \"created\": "
                + Instant.now().getEpochSecond() + ", \"livemode\": false, \"type\": \"" + type + "\", \"data\": {\"object\": "
                + intentJson + "}}";
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withHeader("Request-Id", "req_test")
                .withBody(body);
    }
}
