package com.boxoffice.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The headers a browser needs to keep the service's pages and data safe: no content sniffing, pages that
 * run only the service's own scripts and are never framed, personal data never cached, HTTPS remembered.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class BrowserDefaults extends HttpFilter {

    /** The web UI: its own module script, styles and images (QR codes are fetched with the token, shown as blobs). */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:;"
            + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";
    /**
     * With Stripe as the payment provider, the checkout also runs Stripe.js, whose card field is Stripe's own frame
     * (card details never pass through this service).
     */
    static final String STRIPE_PAGE_POLICY = "default-src 'self'; script-src 'self' https://js.stripe.com"
            + " https://*.js.stripe.com; style-src 'self'; img-src 'self' data: blob: https://*.stripe.com;"
            + " connect-src 'self' https://api.stripe.com; frame-src https://js.stripe.com https://*.js.stripe.com"
            + " https://hooks.stripe.com;"
            + " font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** API answers are data, never a document to render. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    /** Parts of the API that are always about the caller (or admin data), signed in or not. */
    private static final List<String> PERSONAL = List.of("/api/auth", "/api/holds", "/api/orders", "/api/admin",
            "/api/waiting-rooms");

    private String pagePolicy = PAGE_POLICY;

    @Override
    public void init() {
        boolean stripe = ConfigProvider.getConfig().getOptionalValue("boxoffice.payment.provider", String.class)
                .filter("stripe"::equals).isPresent();
        pagePolicy = stripe ? STRIPE_PAGE_POLICY : PAGE_POLICY;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", api ? API_POLICY : pagePolicy);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (api && personal(request, path)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    private static boolean personal(HttpServletRequest request, String path) {
        return request.getHeader("Authorization") != null || PERSONAL.stream().anyMatch(path::startsWith);
    }
}
