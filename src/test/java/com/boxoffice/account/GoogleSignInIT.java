package com.boxoffice.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.support.Api;
import com.boxoffice.support.Api.Reply;
import com.boxoffice.support.Database;
import com.boxoffice.support.Deployments;
import com.boxoffice.support.OidcProvider;
import com.boxoffice.support.Users;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sign-in with Google against a real OpenID Connect provider in this JVM: the code flow end to end with PKCE, and
 * everything that must never make a session (a forged or replayed state, a wrong nonce, an ID token signed by
 * another key or expired, an unverified address, a refusal at the provider, a callback in another browser).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GoogleSignInIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void provider() {
        OidcProvider.start();
    }

    @AfterAll
    static void stopProvider() {
        OidcProvider.stop();
    }

    /** A sign-in begun by a browser: its cookie and where it was sent. */
    record Started(String cookie, URI authorization) {

        Map<String, String> parameters() {
            return query(authorization);
        }
    }

    @Test
    void providersListGoogleWhenConfigured() {
        Reply providers = Api.get("/api/auth/oidc/providers");
        assertEquals(200, providers.status());
        assertEquals("[\"google\"]", providers.object().getJsonArray("providers").toString());
    }

    @Test
    void theAuthorizationRequestIsACodeFlowWithPkceStateAndNonce() throws Exception {
        Started started = start("/#/orders");
        Map<String, String> p = started.parameters();
        assertTrue(started.authorization().toString().startsWith(OidcProvider.issuer() + "/authorize"), started.authorization().toString());
        assertEquals("code", p.get("response_type"));
        assertEquals(OidcProvider.CLIENT_ID, p.get("client_id"));
        assertEquals(Api.baseUrl() + "/api/auth/oidc/google/callback", p.get("redirect_uri"));
        assertTrue(Arrays.asList(p.get("scope").split(" ")).containsAll(List.of("openid", "email")), p.get("scope"));
        assertEquals("S256", p.get("code_challenge_method"));
        assertTrue(p.get("code_challenge").length() >= 43, p.toString());
        assertTrue(p.get("state").length() >= 20 && p.get("nonce").length() >= 20, p.toString());
        assertNotEquals(p.get("state"), start("/#/orders").parameters().get("state"), "a state of its own each time");
    }

    @Test
    void aNewCustomerIsSignedInWithAVerifiedAccountAndBackWhereTheyStarted() throws Exception {
        String email = Users.uniqueEmail();
        OidcProvider.nextSignIn(email, "Asha Rao");
        Started started = start("/#/show/123");
        URI back = callback(authorize(started), started.cookie());
        assertTrue(back.toString().startsWith(Api.baseUrl() + "/#/show/123?signin="), back.toString());

        Reply session = redeem(signInCode(back));
        assertEquals(200, session.status(), session.body());
        JsonObject body = session.object();
        assertEquals(email, body.getJsonObject("user").getString("email"));
        assertEquals("Asha Rao", body.getJsonObject("user").getString("name"));
        assertTrue(body.getString("refreshToken").length() >= 40);
        JsonObject me = SessionsApiIT.me(body.getString("token")).object();
        assertTrue(me.getBoolean("emailVerified"), "the provider verified it");
        assertEquals(401, Users.login(email, "anything at all").status(), "an account without a password");
        assertEquals(200, SessionsApiIT.refresh(body.getString("refreshToken")).status(), "a session like any other");

        OidcProvider.nextSignIn(email, "Asha Rao");
        Started again = start("/#/");
        URI second = callback(authorize(again), again.cookie());
        Reply secondSession = redeem(signInCode(second));
        assertEquals(body.getJsonObject("user").getString("userId"), secondSession.object().getJsonObject("user").getString("userId"),
                "the same account the next time");
        assertEquals(400, redeem(signInCode(second)).status(), "a hand-over code works once");
    }

    @Test
    void anAccountWithTheVerifiedAddressIsSignedInAndAnUnverifiedOnesPasswordStopsWorking() throws Exception {
        String email = Users.uniqueEmail();
        JsonObject squatter = SessionsApiIT.signedIn(email); // made by someone who never proved the mailbox is theirs
        OidcProvider.nextSignIn(email.toUpperCase(), "The Real Owner");
        Started started = start("/#/");
        Reply session = redeem(signInCode(callback(authorize(started), started.cookie())));
        assertEquals(200, session.status(), session.body());
        assertEquals(squatter.getJsonObject("user").getString("userId"), session.object().getJsonObject("user").getString("userId"));
        assertEquals(401, Users.login(email, "correct horse").status(), "the unverified account's password is gone");
        assertEquals(401, SessionsApiIT.refresh(squatter.getString("refreshToken")).status(), "and its sessions ended");
    }

    @Test
    void aForgedOrReplayedStateMakesNoSession() throws Exception {
        OidcProvider.nextSignIn(Users.uniqueEmail(), "Someone");
        Started started = start("/#/");
        URI callback = authorize(started);
        String code = query(callback).get("code");
        assertRefused(callback(URI.create(Api.baseUrl() + "/api/auth/oidc/google/callback?code=" + code + "&state=forged-state"),
                started.cookie()), "failed");
        assertRefused(callback(URI.create(Api.baseUrl() + "/api/auth/oidc/google/callback?code=" + code), started.cookie()), "failed");
        URI good = callback(callback, started.cookie());
        assertEquals(200, redeem(signInCode(good)).status(), "the real state, once");
        assertRefused(callback(callback, started.cookie()), "failed"); // the same callback again
    }

    @Test
    void anIdTokenWithAnotherNonceMakesNoSession() throws Exception {
        String email = Users.uniqueEmail();
        OidcProvider.nextSignIn("google-" + email, Map.of("email", email, "email_verified", true, "nonce", "another-nonce"), 3600);
        Started started = start("/#/");
        assertRefused(callback(authorize(started), started.cookie()), "failed");
        assertEquals(0, Database.count("SELECT count(*) FROM users WHERE email = ?", email));
    }

    @Test
    void anExpiredIdTokenMakesNoSession() throws Exception {
        String email = Users.uniqueEmail();
        OidcProvider.nextSignIn("google-" + email, Map.of("email", email, "email_verified", true), -300);
        Started started = start("/#/");
        assertRefused(callback(authorize(started), started.cookie()), "failed");
        assertEquals(0, Database.count("SELECT count(*) FROM users WHERE email = ?", email));
    }

    @Test
    void anUnverifiedAddressMakesNoSession() throws Exception {
        String email = Users.uniqueEmail();
        OidcProvider.nextSignIn("google-" + email, Map.of("email", email, "email_verified", false), 3600);
        Started started = start("/#/");
        assertRefused(callback(authorize(started), started.cookie()), "unverified");
        assertEquals(0, Database.count("SELECT count(*) FROM users WHERE email = ?", email));
    }

    @Test
    void anIdTokenSignedByAnotherKeyMakesNoSessionWhileTheProvidersOwnKeyDoes() throws Exception {
        String email = Users.uniqueEmail();
        Started forged = start("/#/");
        URI forgedCallback = authorize(forged);
        RSAKey providerKey = (RSAKey) JWKSet.load(new java.net.URL(OidcProvider.issuer() + "/jwks")).getKeys().get(0);
        RSAKey otherKey = new RSAKeyGenerator(2048).keyID(providerKey.getKeyID()).generate(); // same kid, other key
        OidcProvider.answerNextTokenRequest(sign(idToken(email, forged.parameters().get("nonce")), otherKey));
        assertRefused(callback(forgedCallback, forged.cookie()), "failed");
        assertEquals(0, Database.count("SELECT count(*) FROM users WHERE email = ?", email));

        Started genuine = start("/#/");
        URI genuineCallback = authorize(genuine);
        JWTClaimsSet claims = idToken(email, genuine.parameters().get("nonce"));
        OidcProvider.answerNextTokenRequest(OidcProvider.start().anyToken(okhttp3.HttpUrl.get(OidcProvider.issuer()),
                claims.getClaims(), Duration.ofMinutes(5)).serialize());
        assertEquals(200, redeem(signInCode(callback(genuineCallback, genuine.cookie()))).status(),
                "the same answer signed by the provider's key is accepted");
    }

    @Test
    void aRefusalAtTheProviderMakesNoSession() throws Exception {
        Started started = start("/#/");
        String state = started.parameters().get("state");
        assertRefused(callback(URI.create(Api.baseUrl() + "/api/auth/oidc/google/callback?error=access_denied&state="
                + URLEncoder.encode(state, StandardCharsets.UTF_8)), started.cookie()), "cancelled");
    }

    @Test
    void aCallbackInAnotherBrowserMakesNoSession() throws Exception {
        // refused before any token is asked for: no sign-in queued at the provider (it would be the next test's)
        Started attackers = start("/#/");
        Started victims = start("/#/"); // the victim's browser has a sign-in cookie of its own
        assertRefused(callback(authorize(attackers), victims.cookie()), "failed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/", "https://evil.example/", "/\\evil.example", "evil", "/#/\u0000x"})
    void aReturnToOutsideTheSiteIs400(String returnTo) throws Exception {
        HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/api/auth/oidc/google?returnTo="
                + URLEncoder.encode(returnTo, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, reply.statusCode(), reply.body());
        assertTrue(reply.body().contains("VALIDATION_FAILED"), reply.body());
    }

    @Test
    void aHandOverCodeOfASignInBegunWithAPageSecretNeedsThatSecret() throws Exception {
        // what a sign-in someone else began, brought into this page, looks like: the code without this page's secret
        String secret = "page-secret-" + UUID.randomUUID().toString().replace("-", "");
        OidcProvider.nextSignIn(Users.uniqueEmail(), "Bound");
        Started started = start("/#/", secret);
        String code = signInCode(callback(authorize(started), started.cookie()));
        assertEquals(400, redeem(code).status(), "no secret");
        assertEquals(400, redeem(code, "another-page-secret-0123456789").status(), "another page's secret");
        Reply session = redeem(code, secret);
        assertEquals(200, session.status(), session.body());

        Started unbound = start("/#/");
        OidcProvider.nextSignIn(Users.uniqueEmail(), "Unbound");
        String unboundCode = signInCode(callback(authorize(unbound), unbound.cookie()));
        assertEquals(400, redeem(unboundCode, secret).status(), "begun without a secret: redeemed without one");
        assertEquals(200, redeem(unboundCode).status());
    }

    @Test
    void theAdminAccountDoesNotSignInWithGoogle() throws Exception {
        OidcProvider.nextSignIn(Users.ADMIN_EMAIL, "Not the admin");
        Started started = start("/#/");
        assertRefused(callback(authorize(started), started.cookie()), "failed");
        assertEquals(200, Users.login(Users.ADMIN_EMAIL, Users.ADMIN_PASSWORD).status(), "its password still works");
    }

    @Test
    void aMissingOrForgedHandOverCodeIs400() {
        for (String body : List.of("{\"token\": \"" + "A".repeat(43) + "\"}", "{}")) {
            Reply reply = Users.post("/api/auth/oidc/session", body, Users.randomAddress());
            assertEquals(400, reply.status(), reply.body());
        }
    }

    // ---- the browser's side of the flow ----------------------------------------------------------------

    private static Started start(String returnTo) throws Exception {
        return start(returnTo, null);
    }

    private static Started start(String returnTo, String binding) throws Exception {
        HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/api/auth/oidc/google?returnTo="
                + URLEncoder.encode(returnTo, StandardCharsets.UTF_8) + (binding == null ? "" : "&binding=" + binding))).header("X-Forwarded-For", Users.randomAddress()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, reply.statusCode(), reply.body());
        String cookie = reply.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("boxoffice_oidc="))
                .findFirst().orElseThrow(() -> new AssertionError("no sign-in cookie: " + reply.headers()));
        assertTrue(cookie.contains("HttpOnly") && cookie.toLowerCase().contains("samesite=lax"), cookie);
        return new Started(cookie.substring(0, cookie.indexOf(';')), URI.create(reply.headers().firstValue("Location").orElseThrow()));
    }

    /** The provider signs the person in at once and sends the browser to the callback with a code. */
    private static URI authorize(Started started) throws Exception {
        HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(started.authorization()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, reply.statusCode(), reply.body());
        URI callback = URI.create(reply.headers().firstValue("Location").orElseThrow());
        assertTrue(callback.toString().startsWith(Api.baseUrl() + "/api/auth/oidc/google/callback?"), callback.toString());
        return callback;
    }

    private static URI callback(URI callback, String cookie) throws Exception {
        HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(callback).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, reply.statusCode(), reply.body());
        assertEquals("no-store", reply.headers().firstValue("Cache-Control").orElse(null));
        return URI.create(reply.headers().firstValue("Location").orElseThrow());
    }

    private static void assertRefused(URI back, String reason) {
        assertEquals(Api.baseUrl() + "/#/signin?error=" + reason, back.toString());
    }

    private static String signInCode(URI back) {
        String fragment = back.getFragment();
        assertTrue(fragment != null && fragment.contains("signin="), "signed in: " + back);
        return query(URI.create("x:/?" + fragment.substring(fragment.indexOf('?') + 1))).get("signin");
    }

    private static Reply redeem(String code) {
        return Users.post("/api/auth/oidc/session", "{\"token\": \"" + code + "\"}", Users.randomAddress());
    }

    private static Reply redeem(String code, String binding) {
        return Users.post("/api/auth/oidc/session", "{\"token\": \"" + code + "\", \"binding\": \"" + binding + "\"}",
                Users.randomAddress());
    }

    private static Map<String, String> query(URI uri) {
        String raw = uri.getRawQuery();
        if (raw == null) {
            return Map.of();
        }
        return Arrays.stream(raw.split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "", (a, b) -> a, HashMap::new));
    }

    private static JWTClaimsSet idToken(String email, String nonce) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(OidcProvider.issuer()).audience(OidcProvider.CLIENT_ID)
                .subject("google-" + email).claim("email", email).claim("email_verified", true).claim("nonce", nonce)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300))).build();
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

}
