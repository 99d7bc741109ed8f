package com.boxoffice.platform.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.security.Principal;

/** Every successful change through the admin API lands in the audit log: who, what, on which object. */
@Provider
public class AdminAuditFilter implements ContainerResponseFilter {

    @Inject
    AuditTrail trail;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        boolean change = !HttpMethod.GET.equals(request.getMethod()) && !HttpMethod.OPTIONS.equals(request.getMethod())
                && !HttpMethod.HEAD.equals(request.getMethod());
        if (!change || !path.replaceFirst("^/", "").startsWith("admin/") || response.getStatus() >= 400) {
            return;
        }
        Principal who = request.getSecurityContext().getUserPrincipal();
        URI created = response.getLocation();
        trail.record(who == null ? "?" : who.getName(), request.getMethod() + " /api/" + path.replaceFirst("^/", ""),
                created == null ? null : created.getPath(), "HTTP " + response.getStatus());
    }
}
