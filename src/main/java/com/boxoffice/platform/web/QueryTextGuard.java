package com.boxoffice.platform.web;

import com.boxoffice.platform.error.ValidationFailed;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * A query parameter with a NUL in it (`?q=a%00b`) is bad input: PostgreSQL cannot compare text holding one,
 * and would fail the query instead. Refused before any resource sees it, like the same byte in a JSON body
 * ({@link JsonBodyGuard}).
 */
@Provider
@PreMatching
public class QueryTextGuard implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getUriInfo().getRequestUri().getRawQuery() == null) {
            return;
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            for (String value : parameter.getValue()) {
                if (value.indexOf('\0') >= 0 || parameter.getKey().indexOf('\0') >= 0) {
                    throw new ValidationFailed(parameter.getKey().replace('\0', '?'), "must not contain a NUL character");
                }
            }
        }
    }
}
