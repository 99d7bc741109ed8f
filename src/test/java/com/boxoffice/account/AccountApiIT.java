package com.boxoffice.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.support.Api;
import com.boxoffice.support.Api.Reply;
import com.boxoffice.support.Concurrently;
import com.boxoffice.support.Deployments;
import com.boxoffice.support.Users;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Register, sign in, tokens that must be refused, rate limits, and secrets that must never leak. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountApiIT {

    private static final String ISSUER = "https://boxoffice.local";
    private static final String AUDIENCE = "boxoffice";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void registerThenSignInAndSeeTheAccount() {
        String email = Users.uniqueEmail();
        Reply registered = Users.register(email, "s3cret-pass", "Asha Rao");
        assertEquals(201, registered.status(), registered.body());
        JsonObject user = registered.object();
        assertEquals(email, user.getString("email"));
        assertEquals("Asha Rao", user.getString("name"));
        assertNotNull(user.getString("userId"));
        assertFalse(registered.body().contains("s3cret-pass"));
        assertFalse(registered.body().toLowerCase().contains("password"));

        Reply login = Users.login(email, "s3cret-pass");
        assertEquals(200, login.status(), login.body());
        JsonObject body = login.object();
        assertEquals(3, body.getString("token").split("\\.").length);
        Instant expiresAt = Instant.parse(body.getString("expiresAt"));
        assertTrue(expiresAt.isAfter(Instant.now().plusSeconds(800)) && expiresAt.isBefore(Instant.now().plusSeconds(1000)),
                "access tokens last 15 minutes by default: " + expiresAt);
        assertTrue(body.getString("refreshToken").length() >= 40, "an opaque refresh token");
        Instant refreshExpiresAt = Instant.parse(body.getString("refreshExpiresAt"));
        assertTrue(refreshExpiresAt.isAfter(Instant.now().plus(java.time.Duration.ofDays(29)))
                && refreshExpiresAt.isBefore(Instant.now().plus(java.time.Duration.ofDays(31))), "30 days: " + refreshExpiresAt);
        assertEquals(user.getString("userId"), body.getJsonObject("user").getString("userId"));
        assertEquals("[\"user\"]", body.getJsonObject("user").getJsonArray("roles").toString());

        Reply me = Api.get("/api/auth/me", Map.of("Authorization", "Bearer " + body.getString("token")));
        assertEquals(200, me.status(), me.body());
        assertEquals(email, me.object().getString("email"));
        assertFalse(me.object().getBoolean("emailVerified"), "not until the link in the email is followed");
    }

    @Test
    void emailsAreCaseInsensitiveAndUnique() {
        String email = Users.uniqueEmail();
        assertEquals(201, Users.register(email.toUpperCase(), "password1", "First").status());
        Reply again = Users.register(email, "password2", "Second");
        assertEquals(409, again.status());
        assertEquals("EMAIL_TAKEN", again.errorCode());
        assertEquals(200, Users.login("  " + email.toUpperCase() + " ", "password1").status());
        Reply padded = Users.register(" " + email + "  ", "password3", "Third");
        assertEquals(409, padded.status(), "the same address, spaces aside: " + padded.body());
        String other = Users.uniqueEmail();
        assertEquals(201, Users.register("  " + other + " ", "password1", "Padded").status());
        assertEquals(200, Users.login(other, "password1").status());
    }

    @Test
    void concurrentRegistrationsOfOneEmailCreateOneAccount() throws Exception {
        String email = Users.uniqueEmail();
        List<Integer> statuses = Concurrently.run(8, i -> Users.register(email, "password1", "Racer").status());
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"email\": \"not-an-email\", \"password\": \"password1\", \"name\": \"X\"}",
            "{\"email\": \"a@b\", \"password\": \"password1\", \"name\": \"X\"}",
            "{\"email\": \"x@example.com\", \"password\": \"short\", \"name\": \"X\"}",
            "{\"email\": \"x@example.com\", \"password\": \"\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\", \"name\": \"X\"}",
            "{\"email\": \"x@exa\\u0000mple.com\", \"password\": \"password1\", \"name\": \"X\"}",
            "{\"email\": \"x@example.com\", \"password\": \"password1\", \"name\": \"  \"}",
            "{\"email\": \"x@example.com\", \"password\": \"password1\"}",
            "{\"email\": \"x@example.com\", \"password\": \"password1\", \"name\": \"X\", \"phone\": \"call me\"}",
            "{\"email\": 42, \"password\": \"password1\", \"name\": \"X\"}",
            "{\"email\": \"x@example.com\", \"password\": [1], \"name\": \"X\"}",
            "{}", "[]", "null", "{\"email\": ", "not json at all"})
    void badRegistrationsAre400s(String body) {
        Reply reply = Users.post("/api/auth/register", body, Users.randomAddress());
        assertEquals(400, reply.status(), body + " -> " + reply.body());
        assertEquals("VALIDATION_FAILED", reply.errorCode());
    }

    @Test
    void validationNamesEachBadField() {
        Reply reply = Users.post("/api/auth/register", "{\"email\": \"nope\", \"password\": \"123\", \"name\": \"\"}",
                Users.randomAddress());
        JsonObject details = reply.object().getJsonObject("error").getJsonObject("details");
        assertTrue(details.containsKey("email") && details.containsKey("password") && details.containsKey("name"),
                details.toString());
    }

    @Test
    void aWrongContentTypeIs415() {
        Reply reply = Api.send("POST", "/api/auth/register", "text/plain", "hello");
        assertEquals(415, reply.status());
        assertEquals("UNSUPPORTED_MEDIA_TYPE", reply.errorCode());
    }

    @Test
    void wrongPasswordsAndUnknownEmailsLookAlike() {
        String email = Users.uniqueEmail();
        Users.register(email, "password1", "X");
        Reply wrong = Users.login(email, "password2");
        Reply unknown = Users.login(Users.uniqueEmail(), "password1");
        assertEquals(401, wrong.status());
        assertEquals(401, unknown.status());
        assertEquals("INVALID_CREDENTIALS", wrong.errorCode());
        assertEquals(wrong.object().getJsonObject("error").getString("message"),
                unknown.object().getJsonObject("error").getString("message"));
    }

    // Attempts go out together: one sign-in hashes a password for a quarter of a second on a busy machine,
    // so attempts sent one by one may never number more than the limit within one short test window.
    private static final int ATTEMPTS = 45; // more than twice the limit: a window boundary cannot hide it

    @Test
    void signInIsLimitedPerAddressThenAllowedAgainAfterTheWindow() throws Exception {
        String address = "203.0.113." + (1 + (int) (Math.random() * 250));
        List<Reply> replies = Concurrently.run(ATTEMPTS, i -> Users.post("/api/auth/login",
                "{\"email\": \"" + Users.uniqueEmail() + "\", \"password\": \"whatever1\"}", address));
        Reply limited = replies.stream().filter(r -> r.status() == 429).findFirst()
                .orElseThrow(() -> new AssertionError("no attempt from " + address + " was limited"));
        assertTrue(replies.stream().allMatch(r -> r.status() == 429 || r.status() == 401));
        assertEquals("RATE_LIMITED", limited.errorCode());
        int retryAfter = Integer.parseInt(limited.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 4, "Retry-After " + retryAfter);

        // attempts still being served when the window ended count in the next one: allowed again within a window or two
        org.awaitility.Awaitility.await().pollInterval(java.time.Duration.ofMillis(500))
                .atMost(java.time.Duration.ofSeconds(retryAfter + 9L)).until(() -> Users.post("/api/auth/login",
                        "{\"email\": \"" + Users.uniqueEmail() + "\", \"password\": \"whatever1\"}", address)
                        .status() == 401);
    }

    @Test
    void signInIsLimitedPerEmailWhateverTheAddress() throws Exception {
        String body = "{\"email\": \"" + Users.uniqueEmail() + "\", \"password\": \"whatever1\"}";
        List<Reply> replies = Concurrently.run(ATTEMPTS,
                i -> Users.post("/api/auth/login", body, Users.randomAddress()));
        assertTrue(replies.stream().anyMatch(r -> r.status() == 429), "no attempt on one email was limited");
    }

    @Test
    void aMissingTokenIs401() {
        Reply reply = Api.get("/api/auth/me");
        assertEquals(401, reply.status());
        assertEquals("UNAUTHENTICATED", reply.errorCode());
    }

    @Test
    void expiredTamperedForeignAndWrongIssuerTokensAre401() throws Exception {
        PrivateKey serverKey = serverSigningKey();
        String subject = Users.newUser().userId();
        Instant now = Instant.now();
        List<String> refused = new ArrayList<>();
        refused.add(token(serverKey, ISSUER, AUDIENCE, subject, now.minusSeconds(7200), now.minusSeconds(3600)));
        refused.add(token(serverKey, "https://evil.example", AUDIENCE, subject, now, now.plusSeconds(3600)));
        refused.add(token(serverKey, ISSUER, "someone-else", subject, now, now.plusSeconds(3600)));
        PrivateKey foreignKey = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
        refused.add(token(foreignKey, ISSUER, AUDIENCE, subject, now, now.plusSeconds(3600)));
        String good = token(serverKey, ISSUER, AUDIENCE, subject, now, now.plusSeconds(3600));
        refused.add(tamper(good));
        refused.add(unsigned(good));
        refused.add("not.a.token");

        assertEquals(200, Api.get("/api/auth/me", Map.of("Authorization", "Bearer " + good)).status(),
                "a well-formed token of the server's own is accepted");
        for (String token : refused) {
            Reply reply = Api.get("/api/auth/me", Map.of("Authorization", "Bearer " + token));
            assertEquals(401, reply.status(), token);
            assertEquals("UNAUTHENTICATED", reply.errorCode());
        }
    }

    @Test
    void noResponseOrLogLineContainsAPasswordOrItsHash() throws Exception {
        String email = Users.uniqueEmail();
        String password = "Very-Distinct-Passw0rd-" + System.nanoTime();
        String responses = Users.register(email, password, "Secretive").body()
                + Users.login(email, password).body()
                + Users.login(email, password + "x").body()
                + Users.register(email, password, "Again").body();
        String hash;
        try (Connection c = DriverManager.getConnection(System.getProperty("it.db.url"), "postgres", "");
             PreparedStatement query = c.prepareStatement("SELECT password_hash FROM users WHERE email = ?")) {
            query.setString(1, email);
            ResultSet row = query.executeQuery();
            assertTrue(row.next());
            hash = row.getString(1);
        }
        assertFalse(hash.contains(password));
        String hashPart = hash.substring(hash.lastIndexOf('$') + 1);
        assertFalse(responses.contains(password));
        assertFalse(responses.contains(hashPart));
        Path logs = Paths.get(System.getProperty("it.server.dir"), "logs");
        try (Stream<Path> files = Files.walk(logs)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                assertFalse(text.contains(password), "password in " + file);
                assertFalse(text.contains(hashPart), "hash in " + file);
            }
        }
    }

    private static PrivateKey serverSigningKey() throws IOException, java.security.GeneralSecurityException {
        Path file = Paths.get(System.getProperty("it.server.dir"), "resources/security/boxoffice-jwt-key.pem");
        String base64 = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static String token(PrivateKey key, String issuer, String audience, String subject, Instant issuedAt,
                                Instant expiresAt) throws Exception {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(audience);
        claims.setSubject(subject);
        claims.setClaim("upn", "someone@example.com");
        claims.setStringListClaim("groups", "user");
        claims.setIssuedAt(NumericDate.fromSeconds(issuedAt.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(expiresAt.getEpochSecond()));
        claims.setGeneratedJwtId();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    /** The same signature over a payload that now claims the admin role. */
    private static String tamper(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"groups\":\"user\"", "\"groups\":[\"user\",\"admin\"]")
                .replace("\"groups\":[\"user\"]", "\"groups\":[\"user\",\"admin\"]");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
    }

    private static String unsigned(String token) {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + token.split("\\.")[1] + ".";
    }
}
