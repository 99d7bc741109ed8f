package com.boxoffice.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CORS for the API. Only the origins in {@code boxoffice.cors.origins} (comma separated) may call it from a
 * browser; by default none but the service's own pages, which need no CORS. {@code *} opens the public,
 * anonymous reads to any origin, never a signed-in request, and credentials are never allowed.
 * Pre-flight requests are answered here, before authentication, as browsers send them without credentials.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class CorsFilter extends HttpFilter {

    static final String ALLOWED_METHODS = "GET, POST, PUT, DELETE, OPTIONS";
    static final String ALLOWED_HEADERS = "Content-Type, Authorization, Idempotency-Key, X-Request-Id";
    static final String ANONYMOUS_HEADERS = "Content-Type, X-Request-Id";
    static final String EXPOSED_HEADERS = "Location, Retry-After, X-Request-Id";

    @Inject
    @ConfigProperty(name = "boxoffice.cors.origins")
    Optional<List<String>> origins;

    private List<String> allowed;
    private boolean anyOriginForAnonymousReads;

    @Override
    public void init() {
        List<String> configured = origins.orElse(List.of()).stream().map(String::trim).filter(o -> !o.isEmpty())
                .toList();
        anyOriginForAnonymousReads = configured.contains("*");
        allowed = configured.stream().filter(o -> !o.equals("*")).toList();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        boolean preflight = "OPTIONS".equals(request.getMethod())
                && request.getHeader("Access-Control-Request-Method") != null;
        response.addHeader("Vary", "Origin");
        if (origin != null && allowed.contains(origin)) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
            if (preflight) {
                response.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
                response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
                response.setHeader("Access-Control-Max-Age", "3600");
            }
        } else if (origin != null && anyOriginForAnonymousReads && anonymousRead(request, preflight)) {
            response.setHeader("Access-Control-Allow-Origin", "*");
            response.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
            if (preflight) {
                response.setHeader("Access-Control-Allow-Methods", "GET, OPTIONS");
                response.setHeader("Access-Control-Allow-Headers", ANONYMOUS_HEADERS);
                response.setHeader("Access-Control-Max-Age", "3600");
            }
        }
        if (preflight) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A GET without a token, or the pre-flight of one. */
    private static boolean anonymousRead(HttpServletRequest request, boolean preflight) {
        if (preflight) {
            String headers = request.getHeader("Access-Control-Request-Headers");
            return "GET".equals(request.getHeader("Access-Control-Request-Method"))
                    && (headers == null || !headers.toLowerCase(Locale.ROOT).contains("authorization"));
        }
        return "GET".equals(request.getMethod()) && request.getHeader("Authorization") == null;
    }
}
