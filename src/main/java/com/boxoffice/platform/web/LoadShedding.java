package com.boxoffice.platform.web;

import com.boxoffice.platform.error.ErrorCode;
import com.netflix.concurrency.limits.Limiter;
import com.netflix.concurrency.limits.limit.Gradient2Limit;
import com.netflix.concurrency.limits.limiter.SimpleLimiter;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sheds load instead of queueing it: an adaptive concurrency limit (Netflix concurrency-limits, Gradient2:
 * it lowers the limit as latency grows past its long-run norm) in front of the API, and a bound on how long
 * work waits for a thread of the server before the service even sees it ({@link WorkQueueDelay}: past it, the
 * quickest way to serve anyone in time is to refuse at once whoever waited). A request refused by either is
 * answered 503 UNAVAILABLE with Retry-After at once, before anything of it is done. The trivial
 * {@code /api/time} and the long-lived seat-map streams (capped on their own) stay outside; health and
 * metrics are served outside the API. Runs after {@link BodyFirst} has the whole body, so a slow client's
 * upload does not count as the server's latency.
 */
public class LoadShedding extends HttpFilter {

    @Inject
    @ConfigProperty(name = "boxoffice.shedding.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "boxoffice.shedding.initial-limit", defaultValue = "40")
    int initialLimit;

    @Inject
    @ConfigProperty(name = "boxoffice.shedding.min-limit", defaultValue = "8")
    int minLimit;

    @Inject
    @ConfigProperty(name = "boxoffice.shedding.max-limit", defaultValue = "400")
    int maxLimit;

    @Inject
    @ConfigProperty(name = "boxoffice.shedding.queue-delay-ms", defaultValue = "200")
    long queueDelayMillis;

    @Inject
    SheddingMetrics metrics;

    @Inject
    WorkQueueDelay queue;

    private Limiter<Void> limiter;

    @Override
    public void init() {
        limiter = SimpleLimiter.newBuilder().named("api").limit(Gradient2Limit.newBuilder()
                .initialLimit(initialLimit).minLimit(minLimit).maxConcurrency(maxLimit).build()).build();
        metrics.watch((SimpleLimiter<Void>) limiter);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!enabled || exempt(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Limiter.Listener> admitted = queue.millis() > queueDelayMillis ? Optional.empty() : limiter.acquire(null);
        if (admitted.isEmpty()) {
            metrics.shed();
            response.setHeader("Retry-After", "1");
            response.setHeader(RequestIds.HEADER, RequestIds.accept(request.getHeader(RequestIds.HEADER)));
            ServletErrors.write(response, ErrorCode.UNAVAILABLE,
                    "The service is busy; nothing was done. Try again in a moment");
            return;
        }
        Limiter.Listener listener = admitted.get();
        boolean finished = false;
        try {
            chain.doFilter(request, response);
            finished = true;
        } finally {
            if (!finished || response.getStatus() == 503) {
                listener.onDropped(); // overload behind the limit (a lock or a pool not granted in time)
            } else {
                listener.onSuccess();
            }
        }
    }

    private static boolean exempt(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api/time") || path.endsWith("/seatmap/events");
    }
}
