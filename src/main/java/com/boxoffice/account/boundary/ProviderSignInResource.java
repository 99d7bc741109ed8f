package com.boxoffice.account.boundary;

import com.boxoffice.account.control.ProviderSignIns;
import com.boxoffice.platform.error.NotFound;
import com.boxoffice.platform.error.ValidationFailed;
import com.boxoffice.platform.ratelimit.RateLimiter;
import com.boxoffice.platform.web.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import com.boxoffice.platform.web.PublicUrl;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sign-in with Google (OpenID Connect, authorization code with PKCE), when a client id is configured. */
@Path("/auth/oidc")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
@ApplicationScoped
public class ProviderSignInResource {

    /** Ties an attempt to the browser that began it: a callback brought to another browser is refused. */
    static final String BROWSER_COOKIE = "boxoffice_oidc";

    /** A path of this site ("/#/show/..."), never another site ("//evil.example", "/\evil.example", "https:..."). */
    private static final Pattern RETURN_TO = Pattern.compile("/(?![/\\\\])[\\x21-\\x7e]{0,299}");
    /** The page's secret ({@code binding}): what redeeming the hand-over code must show again. */
    private static final Pattern BINDING = Pattern.compile("[A-Za-z0-9_-]{22,100}");

    @Inject
    ProviderSignIns signIns;

    @Inject
    RateLimiter limiter;

    @Inject
    ClientAddress clientAddress;

    @Inject
    @ConfigProperty(name = "boxoffice.auth.rate-limit", defaultValue = "20")
    int attemptsPerWindow;

    @Inject
    PublicUrl publicUrl;

    @Context
    HttpServletRequest request;

    @GET
    @Path("/providers")
    @Operation(operationId = "listSignInProviders", summary = "The providers one can sign in with (\"google\" when configured)")
    public Map<String, List<String>> providers() {
        return Map.of("providers", signIns.configured() ? List.of("google") : List.of());
    }

    @GET
    @Path("/google")
    @Operation(operationId = "signInWithGoogle", summary = "Start a sign-in with Google: a redirect to its authorization"
            + " endpoint (code flow, PKCE S256, state, nonce)")
    @APIResponse(responseCode = "302", description = "To the provider")
    @APIResponse(responseCode = "400", description = "returnTo is not a path of this site")
    @APIResponse(responseCode = "404", description = "Sign-in with Google is not configured")
    @APIResponse(responseCode = "503", description = "The provider's discovery document cannot be fetched")
    public Response start(@QueryParam("returnTo") String returnTo, @QueryParam("binding") String binding,
                          @CookieParam(BROWSER_COOKIE) String browser) {
        if (!signIns.configured()) {
            throw new NotFound("Sign-in provider");
        }
        String target = returnTo == null || returnTo.isEmpty() ? "/#/" : returnTo;
        if (!RETURN_TO.matcher(target).matches()) {
            throw new ValidationFailed(Map.of("returnTo", "must be a path of this site, such as /#/orders"));
        }
        if (binding != null && !BINDING.matcher(binding).matches()) {
            throw new ValidationFailed(Map.of("binding", "must be 22 to 100 letters, digits, - or _"));
        }
        limiter.acquire("auth-address", clientAddress.of(request), attemptsPerWindow);
        ProviderSignIns.Started started = signIns.start(target, browser, binding);
        return Response.seeOther(started.authorization()).status(Response.Status.FOUND)
                .cookie(browserCookie(started.browser()))
                .build();
    }

    @GET
    @Path("/google/callback")
    @Operation(operationId = "googleSignInCallback", summary = "Where Google sends the browser back: to the page it came"
            + " from, signed in, or to the sign-in page with ?error=")
    @APIResponse(responseCode = "302", description = "Back to the UI")
    public Response callback(@CookieParam(BROWSER_COOKIE) String browser) {
        if (!signIns.configured()) {
            throw new NotFound("Sign-in provider");
        }
        return Response.status(Response.Status.FOUND).location(signIns.finish(request.getQueryString(), browser))
                .header("Referrer-Policy", "no-referrer") // the code in this address goes nowhere else
                .build();
    }

    @POST
    @Path("/session")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "redeemSignIn", summary = "The tokens of a finished sign-in with a provider, for the"
            + " one-minute code the callback put in the UI's address (single use)")
    @APIResponse(responseCode = "200", description = "As a sign-in",
            content = @Content(schema = @Schema(implementation = LoginResponse.class)))
    @APIResponse(responseCode = "400", description = "INVALID_TOKEN: unknown, used, older than a minute, or without the"
            + " binding the sign-in began with")
    public LoginResponse session(@Valid @NotNull HandOverRequest body) {
        limiter.acquire("auth-address", clientAddress.of(request), attemptsPerWindow);
        return LoginResponse.of(signIns.redeem(body.token(), body.binding()));
    }

    private NewCookie browserCookie(String value) {
        return new NewCookie.Builder(BROWSER_COOKIE).value(value).path("/api/auth/oidc").maxAge(600).httpOnly(true)
                .secure(publicUrl.secure()).sameSite(NewCookie.SameSite.LAX).build();
    }
}
