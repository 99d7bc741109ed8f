package com.boxoffice.account.boundary;

import com.boxoffice.account.control.Accounts;
import com.boxoffice.account.control.Sessions;
import com.boxoffice.platform.ratelimit.RateLimiter;
import com.boxoffice.platform.security.Caller;
import com.boxoffice.platform.web.ClientAddress;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
@ApplicationScoped
public class AuthResource {

    @Inject
    Accounts accounts;

    @Inject
    RateLimiter limiter;

    @Inject
    ClientAddress clientAddress;

    @Inject
    @ConfigProperty(name = "boxoffice.auth.rate-limit", defaultValue = "20")
    int attemptsPerWindow;

    @Inject
    Sessions sessions;

    @Inject
    @ConfigProperty(name = "boxoffice.auth.reset-rate-limit", defaultValue = "3")
    int resetsPerAddressWindow;

    @Inject
    @ConfigProperty(name = "boxoffice.auth.reset-window-seconds", defaultValue = "900")
    int resetWindowSeconds;

    @Context
    HttpServletRequest request;

    @POST
    @Path("/register")
    @Operation(operationId = "register", summary = "Create an account (role user)")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = RegisteredUser.class), examples = @ExampleObject(
            name = "registered", value = "{\"userId\": \"9b2f3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d\", \"email\":"
                    + " \"asha@example.com\", \"name\": \"Asha Rao\"}")))
    @APIResponse(responseCode = "400", description = "A bad email, a password under 8 characters, no name")
    @APIResponse(responseCode = "409", description = "EMAIL_TAKEN (emails are case-insensitive)")
    @APIResponse(responseCode = "429", description = "RATE_LIMITED, with Retry-After")
    public Response register(@Valid @NotNull RegisterRequest body) {
        limit(body.email());
        UserView user = UserView.of(accounts.register(body.email(), body.password(), body.name(), body.phone()));
        return Response.created(URI.create("auth/me"))
                .entity(new RegisteredUser(user.userId(), user.email(), user.name()))
                .build();
    }

    @POST
    @Path("/login")
    @Operation(operationId = "login", summary = "Sign in: a short-lived RS256 token for the Authorization: Bearer"
            + " header, and a single-use refresh token for the next one")
    @APIResponse(responseCode = "200", description = "Signed in",
            content = @Content(schema = @Schema(implementation = LoginResponse.class), examples = @ExampleObject(
            name = "token", value = "{\"token\": \"eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9...\", \"expiresAt\":"
                    + " \"2026-12-17T11:45:00Z\", \"refreshToken\": \"q3Vb0mJ1xY...\", \"refreshExpiresAt\":"
                    + " \"2027-01-16T11:30:00Z\", \"user\": {\"userId\": \"9b2f3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d\","
                    + " \"email\": \"asha@example.com\", \"name\": \"Asha Rao\", \"roles\": [\"user\"]}}")))
    @APIResponse(responseCode = "401", description = "INVALID_CREDENTIALS")
    @APIResponse(responseCode = "429", description = "RATE_LIMITED, with Retry-After")
    public LoginResponse login(@Valid @NotNull LoginRequest body) {
        limit(body.email());
        return LoginResponse.of(accounts.login(body.email(), body.password()));
    }

    @POST
    @Path("/refresh")
    @Operation(operationId = "refreshSession", summary = "A new access token for a refresh token, and a new refresh"
            + " token (each is single use: one used twice ends the whole session)")
    @APIResponse(responseCode = "200", description = "As a sign-in",
            content = @Content(schema = @Schema(implementation = LoginResponse.class)))
    @APIResponse(responseCode = "401", description = "UNAUTHENTICATED: unknown, expired, revoked or used before")
    @APIResponse(responseCode = "429", description = "RATE_LIMITED, with Retry-After")
    public LoginResponse refresh(@Valid @NotNull RefreshRequest body) {
        limiter.acquire("session-address", clientAddress.of(request), attemptsPerWindow * 3);
        return LoginResponse.of(sessions.refresh(body.refreshToken()));
    }

    @POST
    @Path("/logout")
    @Operation(operationId = "logout", summary = "End the session of this refresh token (idempotent)")
    @APIResponse(responseCode = "204", description = "Signed out: the session's refresh tokens no longer work")
    public Response logout(@Valid @NotNull RefreshRequest body) {
        limiter.acquire("session-address", clientAddress.of(request), attemptsPerWindow * 3);
        sessions.end(body.refreshToken());
        return Response.noContent().build();
    }

    @POST
    @Path("/password-reset")
    @Operation(operationId = "requestPasswordReset", summary = "Mail a password reset link (valid 30 minutes) to the"
            + " account of this address; the same answer whether or not there is one")
    @APIResponse(responseCode = "202", description = "Accepted")
    @APIResponse(responseCode = "400", description = "Not an email address")
    @APIResponse(responseCode = "429", description = "RATE_LIMITED (per address and per client), with Retry-After")
    public Response requestPasswordReset(@Valid @NotNull PasswordResetRequest body) {
        Duration window = Duration.ofSeconds(resetWindowSeconds);
        limiter.acquire("reset-address", clientAddress.of(request), resetsPerAddressWindow * 5, window);
        limiter.acquire("reset-email", body.email().toLowerCase(Locale.ROOT), resetsPerAddressWindow, window);
        accounts.requestPasswordReset(body.email());
        return Response.accepted(Map.of("message", "If an account uses this address, a link to reset its password"
                + " is on its way.")).build();
    }

    @POST
    @Path("/password-reset/confirm")
    @Operation(operationId = "confirmPasswordReset", summary = "Set a new password with the token from the email;"
            + " every session of the account ends")
    @APIResponse(responseCode = "204", description = "The new password works, the old one does not")
    @APIResponse(responseCode = "400", description = "INVALID_TOKEN (unknown, used or expired);"
            + " VALIDATION_FAILED (a password under 8 characters)")
    public Response resetPassword(@Valid @NotNull NewPasswordRequest body) {
        limiter.acquire("auth-address", clientAddress.of(request), attemptsPerWindow);
        accounts.resetPassword(body.token(), body.password());
        return Response.noContent().build();
    }

    @POST
    @Path("/verify-email")
    @Operation(operationId = "verifyEmail", summary = "Confirm the account's address with the token from the email")
    @APIResponse(responseCode = "204", description = "Verified")
    @APIResponse(responseCode = "400", description = "INVALID_TOKEN (unknown, used or expired)")
    public Response verifyEmail(@Valid @NotNull TokenRequest body) {
        limiter.acquire("auth-address", clientAddress.of(request), attemptsPerWindow);
        accounts.verifyEmail(body.token());
        return Response.noContent().build();
    }

    @POST
    @Path("/verify-email/resend")
    @RolesAllowed({Caller.USER, Caller.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "resendVerificationEmail", summary = "Mail another verification link, unless verified")
    @APIResponse(responseCode = "202", description = "Accepted")
    @APIResponse(responseCode = "429", description = "RATE_LIMITED, with Retry-After")
    public Response resendVerification(@Context SecurityContext security) {
        String userId = Caller.of(security).userId();
        limiter.acquire("verify-resend", userId, resetsPerAddressWindow, Duration.ofSeconds(resetWindowSeconds));
        accounts.resendVerification(userId);
        return Response.accepted(Map.of("message", "A new link is on its way unless the address is verified.")).build();
    }

    @GET
    @Path("/me")
    @RolesAllowed({Caller.USER, Caller.ADMIN})
    @SecurityRequirement(name = "jwt")
    @Operation(operationId = "getMe", summary = "The signed-in account")
    @APIResponse(responseCode = "200", description = "The account",
            content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    public UserView me(@Context SecurityContext security) {
        return UserView.of(accounts.profile(Caller.of(security).userId()));
    }

    /** Per client address and per email, so neither one address nor one account can be hammered. */
    private void limit(String email) {
        limiter.acquire("auth-address", clientAddress.of(request), attemptsPerWindow);
        limiter.acquire("auth-email", email.trim().toLowerCase(Locale.ROOT), attemptsPerWindow);
    }
}
