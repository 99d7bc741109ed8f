package com.boxoffice.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import okhttp3.Headers;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * The OpenID Connect provider the test servers sign in with (navikt's mock-oauth2-server, in this JVM): discovery,
 * JWKS, authorization endpoint (answers at once, no login page), token endpoint checking PKCE. The servers know it
 * as the "Google" issuer {@code http://127.0.0.1:<it.oidc.port>/google}.
 */
public final class OidcProvider {

    public static final String ISSUER_ID = "google";
    public static final String CLIENT_ID = "boxoffice-test";
    private static MockOAuth2Server server;

    private OidcProvider() {
    }

    public static synchronized MockOAuth2Server start() {
        if (server == null) {
            server = new MockOAuth2Server(new OAuth2Config(), new TamperedTokenAnswer());
            server.start(java.net.InetAddress.getLoopbackAddress(), Integer.getInteger("it.oidc.port", 7501));
        }
        return server;
    }

    public static synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server = null;
        }
    }

    /** As the servers are told it, and as the provider names itself to them (it takes its host from the request). */
    public static String issuer() {
        return "http://127.0.0.1:" + Integer.getInteger("it.oidc.port", 7501) + "/" + ISSUER_ID;
    }

    /** The next ID token the provider issues is of this person, with these claims besides. */
    public static void nextSignIn(String subject, Map<String, Object> claims, long lifetimeSeconds) {
        start().enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID), claims,
                lifetimeSeconds));
    }

    /**
     * The provider's next token endpoint answer carries this ID token instead of one it made (one signed by another
     * key, say): what a man in the middle or a broken provider could send.
     */
    public static void answerNextTokenRequest(String idToken) {
        start();
        TAMPERED.set(idToken);
    }

    private static final AtomicReference<String> TAMPERED = new AtomicReference<>();

    private static final class TamperedTokenAnswer implements Route {
        @Override
        public boolean match(OAuth2HttpRequest request) {
            return TAMPERED.get() != null && "POST".equals(request.getMethod()) && request.getUrl().encodedPath().endsWith("/token");
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            String idToken = TAMPERED.getAndSet(null);
            return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json"), 200,
                    "{\"access_token\": \"at-" + System.nanoTime() + "\", \"token_type\": \"Bearer\", \"expires_in\": 300,"
                            + " \"id_token\": \"" + idToken + "\"}", null);
        }
    }

    /** The next ID token is of a person with this address, verified by the provider. */
    public static void nextSignIn(String email, String name) {
        nextSignIn("google-" + email, Map.of("email", email, "email_verified", true, "name", name), 3600);
    }
}
