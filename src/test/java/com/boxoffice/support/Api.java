package com.boxoffice.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small HTTP client for the API under test. */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Api() {
    }

    private static final ThreadLocal<String> OTHER_SERVER = new ThreadLocal<>();
    private static volatile String everyThreadsServer;

    public static String baseUrl() {
        String other = OTHER_SERVER.get();
        if (other == null) {
            other = everyThreadsServer;
        }
        return other != null ? other : "http://localhost:" + System.getProperty("it.http.port", "9080");
    }

    /** Sends every thread's calls to another server of the app from now on (null: back to the test server). */
    public static void useServer(String otherBaseUrl) {
        everyThreadsServer = otherBaseUrl;
    }

    /** Runs {@code calls} on this thread against another server of the app (all the helpers follow). */
    public static <T> T on(String otherBaseUrl, java.util.function.Supplier<T> calls) {
        String before = OTHER_SERVER.get();
        OTHER_SERVER.set(otherBaseUrl);
        try {
            return calls.get();
        } finally {
            OTHER_SERVER.set(before);
        }
    }

    public static Reply get(String path) {
        return send(request(path).GET().build());
    }

    public static Reply get(String path, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path).GET();
        headers.forEach(builder::header);
        return send(builder.build());
    }

    public static Reply send(String method, String path, String contentType, String body) {
        HttpRequest.Builder builder = request(path)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.build());
    }

    public static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response, response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<byte[]> bytes(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30));
    }

    public record Reply(int status, HttpResponse<String> response, String body) {

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public JsonValue json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readValue();
            }
        }

        public JsonObject object() {
            return json().asJsonObject();
        }

        public JsonArray array() {
            return json().asJsonArray();
        }

        /** The error code of an error response. */
        public String errorCode() {
            return object().getJsonObject("error").getString("code");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
