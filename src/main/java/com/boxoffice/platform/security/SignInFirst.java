package com.boxoffice.platform.security;

import com.boxoffice.platform.error.ErrorCode;
import com.boxoffice.platform.error.ErrorResponses;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Pattern;

/**
 * A request without a token to a part of the API that needs one is answered 401 before anything else is
 * looked at. Role checks run after the request is matched to a method, so without this a missing token
 * would be reported as a wrong media type (415) or method (405) first. The paths are those of the
 * resources that require a role ({@code @RolesAllowed} on the class).
 */
@Provider
@PreMatching
public class SignInFirst implements ContainerRequestFilter {

    private static final Pattern SIGNED_IN_ONLY = Pattern.compile("/?(holds|orders|admin)(/.*)?");

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() == null && !"OPTIONS".equals(request.getMethod())
                && SIGNED_IN_ONLY.matcher(request.getUriInfo().getPath()).matches()) {
            request.abortWith(ErrorResponses.of(ErrorCode.UNAUTHENTICATED, "Sign in to do this"));
        }
    }
}
