package com.boxoffice.account.boundary;

import com.boxoffice.account.control.Accounts;
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
import java.util.Locale;
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
    @Operation(operationId = "login", summary = "Sign in: a signed RS256 token for the Authorization: Bearer header")
    @APIResponse(responseCode = "200", description = "Signed in",
            content = @Content(schema = @Schema(implementation = LoginResponse.class), examples = @ExampleObject(
            name = "token", value = "{\"token\": \"eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9...\", \"expiresAt\":"
                    + " \"2026-12-17T13:30:00Z\", \"user\": {\"userId\": \"9b2f3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d\","
                    + " \"email\": \"asha@example.com\", \"name\": \"Asha Rao\", \"roles\": [\"user\"]}}")))
    @APIResponse(responseCode = "401", description = "INVALID_CREDENTIALS")
    @APIResponse(responseCode = "429", description = "RATE_LIMITED, with Retry-After")
    public LoginResponse login(@Valid @NotNull LoginRequest body) {
        limit(body.email());
        return LoginResponse.of(accounts.login(body.email(), body.password()));
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
