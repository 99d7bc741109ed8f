package com.boxoffice.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.support.Api;
import com.boxoffice.support.Api.Reply;
import com.boxoffice.support.Concurrently;
import com.boxoffice.support.Database;
import com.boxoffice.support.Deployments;
import com.boxoffice.support.Users;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sessions: refresh token rotation, reuse detection that ends the session, logout, and what is refused. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionsApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aRefreshTokenGetsANewAccessTokenAndANewRefreshTokenOnce() {
        JsonObject login = signedIn(Users.uniqueEmail());
        Reply refreshed = refresh(login.getString("refreshToken"));
        assertEquals(200, refreshed.status(), refreshed.body());
        JsonObject next = refreshed.object();
        assertNotEquals(login.getString("refreshToken"), next.getString("refreshToken"), "rotated");
        assertNotEquals(login.getString("token"), next.getString("token"));
        assertEquals(login.getJsonObject("user"), next.getJsonObject("user"));
        assertTrue(next.containsKey("expiresAt") && next.containsKey("refreshExpiresAt"), next.toString());
        assertEquals(200, me(next.getString("token")).status(), "the new access token works");

        Reply again = refresh(next.getString("refreshToken"));
        assertEquals(200, again.status(), "the rotated one works, once: " + again.body());
    }

    @Test
    void aRefreshTokenUsedTwiceEndsTheWholeSession() {
        String email = Users.uniqueEmail();
        JsonObject login = signedIn(email);
        String first = login.getString("refreshToken");
        String second = refresh(first).object().getString("refreshToken");
        String third = refresh(second).object().getString("refreshToken");
        JsonObject otherSession = login(email); // another sign-in (another device) of the same account

        Reply reused = refresh(first); // a stolen copy, or the customer's, after the other party rotated it
        assertEquals(401, reused.status(), reused.body());
        assertEquals("UNAUTHENTICATED", reused.errorCode());
        Reply latest = refresh(third);
        assertEquals(401, latest.status(), "every token of that sign-in is revoked: " + latest.body());
        assertEquals(200, refresh(otherSession.getString("refreshToken")).status(), "another sign-in is not affected");
    }

    @Test
    void refreshesWithOneTokenAtOnceRotateItOnceAndTheReuseEndsTheSession() throws Exception {
        String token = signedIn(Users.uniqueEmail()).getString("refreshToken");
        List<Reply> replies = Concurrently.run(8, i -> refresh(token));
        List<Reply> granted = replies.stream().filter(r -> r.status() == 200).toList();
        assertEquals(1, granted.size(), "one token, one rotation (the first to lock it): " + replies);
        assertTrue(replies.stream().allMatch(r -> r.status() == 200 || r.status() == 401), replies.toString());
        for (Reply reply : granted) {
            assertEquals(401, refresh(reply.object().getString("refreshToken")).status(),
                    "the reuse revoked the family, the granted token included");
        }
    }

    @Test
    void logoutRevokesThatSessionOnlyAndIsIdempotent() {
        String email = Users.uniqueEmail();
        JsonObject phone = signedIn(email);
        JsonObject laptop = login(email);
        String rotated = refresh(phone.getString("refreshToken")).object().getString("refreshToken");

        Reply out = logout(phone.getString("refreshToken")); // an older token of the session ends all of it too
        assertEquals(204, out.status(), out.body());
        assertEquals("", out.body());
        assertEquals(401, refresh(rotated).status(), "signed out");
        assertEquals(204, logout(rotated).status(), "again: nothing to do, same answer");
        assertEquals(204, logout("no-such-token-" + System.nanoTime()).status(), "unknown: the same");
        assertEquals(200, refresh(laptop.getString("refreshToken")).status(), "the other device stays signed in");
    }

    @Test
    void expiredAndUnknownRefreshTokensAre401() {
        JsonObject login = signedIn(Users.uniqueEmail());
        Database.update("UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE user_id = ?::uuid",
                login.getJsonObject("user").getString("userId"));
        Reply expired = refresh(login.getString("refreshToken"));
        assertEquals(401, expired.status(), expired.body());
        assertEquals("UNAUTHENTICATED", expired.errorCode());
        assertEquals(401, refresh("x".repeat(43)).status());
        int accessTokenAsRefresh = refresh(login.getString("token")).status();
        assertTrue(accessTokenAsRefresh == 401 || accessTokenAsRefresh == 400, "an access token is not a refresh token");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"refreshToken\": \"\"}", "{\"refreshToken\": [\"a\"]}", "[]", "{\"refreshToken\": null}"})
    void aMissingOrMalformedRefreshTokenIs400(String body) {
        for (String path : List.of("/api/auth/refresh", "/api/auth/logout")) {
            Reply reply = Users.post(path, body, Users.randomAddress());
            assertEquals(400, reply.status(), path + " " + body + ": " + reply.body());
            assertEquals("VALIDATION_FAILED", reply.errorCode());
        }
    }

    @Test
    void refreshTokensAreStoredOnlyAsHashes() {
        JsonObject login = signedIn(Users.uniqueEmail());
        String userId = login.getJsonObject("user").getString("userId");
        assertEquals(1, Database.count("SELECT count(*) FROM refresh_tokens WHERE user_id = ?::uuid", userId));
        assertEquals(1, Database.count("SELECT count(*) FROM refresh_tokens WHERE user_id = ?::uuid"
                + " AND token_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex')", userId, login.getString("refreshToken")));
        assertEquals(0, Database.count("SELECT count(*) FROM refresh_tokens WHERE position(? in token_hash) > 0",
                login.getString("refreshToken")));
    }

    static JsonObject signedIn(String email) {
        Reply registered = Users.register(email, "correct horse", "Session Tester");
        assertEquals(201, registered.status(), registered.body());
        return login(email);
    }

    static JsonObject login(String email) {
        Reply login = Users.login(email, "correct horse");
        assertEquals(200, login.status(), login.body());
        return login.object();
    }

    static Reply refresh(String refreshToken) {
        return Users.post("/api/auth/refresh", "{\"refreshToken\": \"" + refreshToken + "\"}", Users.randomAddress());
    }

    static Reply logout(String refreshToken) {
        return Users.post("/api/auth/logout", "{\"refreshToken\": \"" + refreshToken + "\"}", Users.randomAddress());
    }

    static Reply me(String accessToken) {
        return Api.get("/api/auth/me", Map.of("Authorization", "Bearer " + accessToken));
    }
}
