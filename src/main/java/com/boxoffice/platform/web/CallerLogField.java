package com.boxoffice.platform.web;

import com.boxoffice.platform.logging.LogContext;
import com.boxoffice.platform.security.Caller;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/** Puts the signed-in caller's user id on the log records of the request (removed by {@link RequestIdFilter}). */
@Provider
@Priority(Priorities.AUTHENTICATION + 1)
public class CallerLogField implements ContainerRequestFilter {

    static final String NAME = "userId";

    @Override
    public void filter(ContainerRequestContext request) {
        Caller caller = Caller.of(request.getSecurityContext());
        if (caller.signedIn()) {
            LogContext.put(NAME, caller.userId());
        }
    }
}
