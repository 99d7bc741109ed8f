package com.boxoffice.account.control;

import com.boxoffice.account.control.GoogleProvider.SignInRefused;
import com.boxoffice.account.control.SignInAttempts.Attempt;
import com.boxoffice.account.entity.User;
import com.boxoffice.platform.database.SqlErrors;
import com.boxoffice.platform.error.ApiException;
import com.boxoffice.platform.error.ErrorCode;
import com.boxoffice.platform.error.Unavailable;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import com.boxoffice.platform.web.PublicUrl;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sign-in with Google, from the redirect to the provider to the UI signed in. The attempt (state, nonce, PKCE
 * verifier, the browser it began in, where to go back) is stored server-side, so any instance can take the
 * callback; the state is single use. The callback never makes a session on anything wrong: it sends the browser
 * back to the sign-in page with a reason. A good one hands the account over with a one-minute code in the UI's
 * address (fragment), which the UI redeems for tokens: no token travels in a URL.
 */
@ApplicationScoped
public class ProviderSignIns {

    private static final Logger LOG = Logger.getLogger(ProviderSignIns.class.getName());
    private static final Duration ATTEMPT_LIFETIME = Duration.ofMinutes(10);
    private static final Duration HANDOVER_LIFETIME = Duration.ofSeconds(60);

    /** Where to send the browser, and the value of the cookie that ties the attempt to it. */
    public record Started(URI authorization, String browser) {
    }

    @Inject
    GoogleProvider google;

    @Inject
    SignInAttempts attempts;

    @Inject
    Accounts accounts;

    @Inject
    Sessions sessions;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    @Inject
    PublicUrl publicUrl;

    public boolean configured() {
        return google.configured();
    }

    /**
     * {@code browser}: the value this browser's cookie already has, if any (several tabs may sign in at once);
     * {@code binding}: a secret the page keeps, which redeeming the hand-over code will need (optional).
     */
    public Started start(String returnTo, String browser, String binding) {
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        String browserValue = browser != null && browser.matches("[A-Za-z0-9_-]{43}") ? browser : SecretTokens.newToken();
        URI authorization = google.authorizationRequest(state, nonce, verifier);
        attempts.save(state.getValue(), nonce.getValue(), verifier.getValue(), browserValue, binding, returnTo,
                clock.instant().plus(ATTEMPT_LIFETIME));
        return new Started(authorization, browserValue);
    }

    /**
     * Continues the attempt the callback's state names and answers where the browser goes: back to its page
     * signed in, or to the sign-in page with the reason it failed.
     */
    public URI finish(String query, String browser) {
        try {
            return continueAttempt(query, browser);
        } catch (Unavailable e) {
            return failed("unavailable", "the provider could not be reached: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A sign-in with Google failed on our side", e);
            return failed("failed", "an error on our side");
        }
    }

    private URI continueAttempt(String query, String browser) {
        AuthenticationResponse response;
        try {
            response = AuthenticationResponseParser.parse(URI.create(google.callback() + "?" + (query == null ? "" : query)));
        } catch (Exception e) {
            return failed("failed", "the callback is not an authentication response");
        }
        if (response.getState() == null) {
            return failed("failed", "the callback has no state");
        }
        Optional<Attempt> taken = attempts.take(response.getState().getValue());
        if (taken.isEmpty()) {
            return failed("failed", "the state is unknown or was used already");
        }
        Attempt attempt = taken.get();
        if (attempt.expired()) {
            return failed("expired", "the sign-in took longer than " + ATTEMPT_LIFETIME.toMinutes() + " minutes");
        }
        if (browser != null && !MessageDigest.isEqual(SecretTokens.hash(browser).getBytes(StandardCharsets.US_ASCII),
                attempt.browserHash().getBytes(StandardCharsets.US_ASCII))) {
            return failed("failed", "the callback came to another browser than the one that started the sign-in");
        }
        if (!response.indicatesSuccess()) {
            AuthenticationErrorResponse error = response.toErrorResponse();
            return failed("cancelled", "the provider answered " + error.getErrorObject().getCode());
        }
        var code = response.toSuccessResponse().getAuthorizationCode();
        if (code == null) {
            return failed("failed", "the callback has no code");
        }
        IDTokenClaimsSet claims;
        try {
            claims = google.redeem(code, new CodeVerifier(attempt.codeVerifier()), new Nonce(attempt.nonce()));
        } catch (SignInRefused e) {
            return failed("failed", e.getMessage());
        }
        String email = claims.getStringClaim("email");
        if (email == null || !isTrue(claims.getClaim("email_verified"))) {
            return failed("unverified", "the provider has not verified the account's email address");
        }
        User user = accountOf(email, claims.getStringClaim("name"));
        if (user.roles().contains(User.ROLE_ADMIN)) {
            return failed("failed", "an admin account signs in with its password only");
        }
        String handover = attempts.handOver(user.id(), attempt.bindingHash(), clock.instant().plus(HANDOVER_LIFETIME));
        return URI.create(base() + withParameter(attempt.returnTo(), "signin", handover));
    }

    /**
     * The session a hand-over code stands for, once, shown with the page's secret when the sign-in began with one;
     * 400 INVALID_TOKEN for a used, unknown, late or foreign one.
     */
    @Transactional
    public SignIn redeem(String code, String binding) {
        User user = attempts.redeem(code, binding).map(id -> em.find(User.class, id))
                .orElseThrow(() -> new ApiException(ErrorCode.INVALID_TOKEN, "This sign-in link is not valid (any more)"));
        return sessions.startNew(user);
    }

    private User accountOf(String email, String name) {
        try {
            return accounts.ofVerifiedAddress(email, name);
        } catch (RuntimeException e) {
            if (!SqlErrors.is(e, SqlErrors.UNIQUE_VIOLATION)) {
                throw e;
            }
            return accounts.ofVerifiedAddress(email, name); // made at the same moment by another sign-in
        }
    }

    private URI failed(String reason, String why) {
        LOG.info(() -> "A sign-in with Google failed: " + why);
        return URI.create(base() + "/#/signin?error=" + reason);
    }

    private String base() {
        return publicUrl.base();
    }

    /** Google sends a boolean; some providers send the string "true". */
    private static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    /** Adds a parameter to the UI route in the fragment ({@code /#/orders} → {@code /#/orders?signin=...}). */
    static String withParameter(String returnTo, String name, String value) {
        String target = returnTo.contains("#") ? returnTo : returnTo + "#/";
        String fragment = target.substring(target.indexOf('#'));
        return target + (fragment.contains("?") ? "&" : "?") + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
