package com.boxoffice.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Accounts for tests: each from its own client address, so the per-address sign-in limit stays out of the way. */
public final class Users {

    public static final String ADMIN_EMAIL = "admin@boxoffice.local";
    public static final String ADMIN_PASSWORD = "admin12345";

    private Users() {
    }

    public record SignedIn(String userId, String email, String token) {

        public HttpRequest.Builder authorize(HttpRequest.Builder request) {
            return request.header("Authorization", "Bearer " + token);
        }
    }

    public static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    public static String randomAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    public static Api.Reply post(String path, String json, String clientAddress) {
        return Api.send(Api.request(path)
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", clientAddress)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public static Api.Reply register(String email, String password, String name) {
        return post("/api/auth/register", "{\"email\": \"" + email + "\", \"password\": \"" + password
                + "\", \"name\": \"" + name + "\"}", randomAddress());
    }

    public static Api.Reply login(String email, String password) {
        return post("/api/auth/login", "{\"email\": \"" + email + "\", \"password\": \"" + password + "\"}",
                randomAddress());
    }

    public static SignedIn newUser() {
        String email = uniqueEmail();
        Api.Reply registered = register(email, "correct horse", "Test User");
        assertEquals(201, registered.status(), registered.body());
        return signIn(email, "correct horse");
    }

    /**
     * The admin, signed in once per server and again before its access token ends (sign-ins of one account are
     * rate limited; tokens last 15 minutes).
     */
    public static SignedIn admin() {
        return ADMINS.compute(Api.baseUrl(), (server, earlier) -> earlier != null
                && earlier.at().plus(ADMIN_TOKEN_KEPT).isAfter(java.time.Instant.now()) ? earlier
                : new AdminSignIn(signIn(ADMIN_EMAIL, ADMIN_PASSWORD), java.time.Instant.now())).signedIn();
    }

    private record AdminSignIn(SignedIn signedIn, java.time.Instant at) {
    }

    private static final java.time.Duration ADMIN_TOKEN_KEPT = java.time.Duration.ofMinutes(10);
    private static final java.util.Map<String, AdminSignIn> ADMINS = new java.util.concurrent.ConcurrentHashMap<>();

    private static SignedIn signIn(String email, String password) {
        Api.Reply reply = login(email, password);
        assertEquals(200, reply.status(), reply.body());
        return new SignedIn(reply.object().getJsonObject("user").getString("userId"), email,
                reply.object().getString("token"));
    }

    public static Api.Reply as(SignedIn user, String method, String path, String json) {
        HttpRequest.Builder request = Api.request(path)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            user.authorize(request);
        }
        return Api.send(request.build());
    }
}
