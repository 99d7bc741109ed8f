package com.boxoffice.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CORS for the API: origins from {@code boxoffice.cors.origins} (comma separated, {@code *} for any).
 * Pre-flight requests are answered here, before authentication, as browsers send them without credentials.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class CorsFilter extends HttpFilter {

    static final String ALLOWED_METHODS = "GET, POST, PUT, DELETE, OPTIONS";
    static final String ALLOWED_HEADERS = "Content-Type, Authorization, Idempotency-Key, X-Request-Id";
    static final String EXPOSED_HEADERS = "Location, Retry-After, X-Request-Id";

    @Inject
    @ConfigProperty(name = "boxoffice.cors.origins", defaultValue = "*")
    String origins;

    private List<String> allowed;

    @Override
    public void init() {
        allowed = Arrays.stream(origins.split(",")).map(String::trim).filter(o -> !o.isEmpty()).toList();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        boolean allowedOrigin = origin != null && (allowed.contains("*") || allowed.contains(origin));
        if (allowedOrigin) {
            response.setHeader("Access-Control-Allow-Origin", allowed.contains("*") ? "*" : origin);
            response.addHeader("Vary", "Origin");
            response.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        }
        boolean preflight = "OPTIONS".equals(request.getMethod())
                && request.getHeader("Access-Control-Request-Method") != null;
        if (preflight) {
            if (allowedOrigin) {
                response.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
                response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
                response.setHeader("Access-Control-Max-Age", "3600");
            }
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }
}
