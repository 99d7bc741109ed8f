package com.boxoffice.account.control;

import com.boxoffice.platform.error.Unavailable;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import com.boxoffice.platform.web.PublicUrl;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Google (or any standard OpenID Connect provider: the issuer is a setting) as the Nimbus OAuth 2.0 SDK speaks to
 * it: the endpoints and keys from the issuer's discovery document, the authorization request with PKCE (S256),
 * state and nonce, the code redeemed at the token endpoint, and the ID token verified by the SDK (signature from
 * the provider's JWKS, issuer, audience, expiry, nonce). On only when a client id is configured.
 */
@ApplicationScoped
public class GoogleProvider {

    private static final Logger LOG = Logger.getLogger(GoogleProvider.class.getName());
    private static final Duration DISCOVERY_KEPT = Duration.ofHours(12);

    /** The provider refused the sign-in, or what it answered cannot be trusted. */
    public static final class SignInRefused extends Exception {
        public SignInRefused(String reason) {
            super(reason, null, false, false);
        }
    }

    @Inject
    @ConfigProperty(name = "boxoffice.oidc.google.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "boxoffice.oidc.google.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "boxoffice.oidc.google.issuer", defaultValue = "https://accounts.google.com")
    String issuer;

    @Inject
    PublicUrl publicUrl;

    @Inject
    @ConfigProperty(name = "boxoffice.oidc.timeout-ms", defaultValue = "5000")
    int timeoutMillis;

    private record Discovered(OIDCProviderMetadata metadata, IDTokenValidator validator, Instant at) {
    }

    private volatile Discovered discovered;

    public boolean configured() {
        return clientId.filter(id -> !id.isBlank()).isPresent();
    }

    /** Where the provider sends the browser back to. */
    public URI callback() {
        return URI.create(publicUrl.base() + "/api/auth/oidc/google/callback");
    }

    /** The provider's authorization endpoint with the request: code flow, openid email profile, PKCE S256. */
    public URI authorizationRequest(State state, Nonce nonce, CodeVerifier verifier) {
        return new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid", "email", "profile"), client(),
                callback())
                .endpointURI(discovered().metadata().getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build()
                .toURI();
    }

    /** Redeems the code (with the PKCE verifier) and answers the ID token's claims once the SDK verified them. */
    public IDTokenClaimsSet redeem(AuthorizationCode code, CodeVerifier verifier, Nonce nonce) throws SignInRefused {
        Discovered provider = discovered();
        AuthorizationCodeGrant grant = new AuthorizationCodeGrant(code, callback(), verifier);
        URI tokenEndpoint = provider.metadata().getTokenEndpointURI();
        TokenRequest request = clientSecret.filter(s -> !s.isBlank())
                .map(secret -> secretPost(provider.metadata())
                        ? new TokenRequest(tokenEndpoint, new ClientSecretPost(client(), new Secret(secret)), grant)
                        : new TokenRequest(tokenEndpoint, new ClientSecretBasic(client(), new Secret(secret)), grant))
                .orElseGet(() -> new TokenRequest(tokenEndpoint, client(), grant));
        TokenResponse response;
        try {
            HTTPRequest http = request.toHTTPRequest();
            http.setConnectTimeout(timeoutMillis);
            http.setReadTimeout(timeoutMillis);
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (Exception e) {
            throw new SignInRefused("the token endpoint failed: " + e.getMessage());
        }
        if (!response.indicatesSuccess()) {
            throw new SignInRefused("the token endpoint refused the code: "
                    + response.toErrorResponse().getErrorObject().getCode());
        }
        var idToken = ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens().getIDToken();
        if (idToken == null) {
            throw new SignInRefused("the token endpoint sent no ID token");
        }
        try {
            return provider.validator().validate(idToken, nonce);
        } catch (Exception e) {
            throw new SignInRefused("the ID token was refused: " + e.getMessage());
        }
    }

    private ClientID client() {
        return new ClientID(clientId.orElseThrow());
    }

    /** client_secret_basic unless the provider takes only client_secret_post. */
    private static boolean secretPost(OIDCProviderMetadata metadata) {
        List<ClientAuthenticationMethod> methods = metadata.getTokenEndpointAuthMethods();
        return methods != null && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST);
    }

    /** The discovery document, fetched on first use and again after a while; 503 while the provider is unreachable. */
    private Discovered discovered() {
        Discovered current = discovered;
        if (current != null && current.at().plus(DISCOVERY_KEPT).isAfter(Instant.now())) {
            return current;
        }
        synchronized (this) {
            if (discovered != current) {
                return discovered;
            }
            try {
                OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(issuer), timeoutMillis, timeoutMillis);
                IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(), client(), JWSAlgorithm.RS256,
                        metadata.getJWKSetURI().toURL(), new DefaultResourceRetriever(timeoutMillis, timeoutMillis, 512 * 1024));
                discovered = new Discovered(metadata, validator, Instant.now());
                return discovered;
            } catch (Exception e) {
                if (current != null) {
                    LOG.warning("The provider's discovery document could not be fetched again; the last one is used: " + e);
                    return current;
                }
                LOG.warning("The provider's discovery document could not be fetched: " + e);
                throw new Unavailable("Sign-in with Google is unavailable right now; try again shortly", 5);
            }
        }
    }
}
