package com.boxoffice.platform.web;

import com.boxoffice.platform.error.ErrorCode;
import com.netflix.concurrency.limits.Limit;
import com.netflix.concurrency.limits.Limiter;
import com.netflix.concurrency.limits.limit.Gradient2Limit;
import com.netflix.concurrency.limits.limiter.AbstractLimiter;
import com.netflix.concurrency.limits.limiter.AbstractPartitionedLimiter;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
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
 *
 * <p>Checkout goes first: ordering held seats and paying for them ({@code POST /api/orders[/{id}/confirm-payment]})
 * has a share of the limit of its own ({@code boxoffice.shedding.checkout-share}) that the rest cannot take, and is
 * never refused for the wait before a thread. Shedding a customer who holds seats wastes the work that got them
 * there and the seats for minutes; checkouts are as many as the holds that were let in, so they cannot flood.
 * While the server's own work falls behind ({@link FallingBehind}: the confirmation emails of a sale), whatever
 * is not a checkout is shed too, so that a sale does not outrun its own emails.
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

    /** The share of the limit kept for checkout, which the rest cannot take (checkout may take the rest's). */
    @Inject
    @ConfigProperty(name = "boxoffice.shedding.checkout-share", defaultValue = "0.5")
    double checkoutShare;

    @Inject
    SheddingMetrics metrics;

    @Inject
    WorkQueueDelay queue;

    @Inject
    Instance<FallingBehind> ownWork;

    private Limiter<Boolean> limiter;
    private List<FallingBehind> ownWorks;

    @Override
    public void init() {
        limiter = limiter(Gradient2Limit.newBuilder().initialLimit(initialLimit).minLimit(minLimit).maxConcurrency(maxLimit)
                .build(), checkoutShare);
        metrics.watch((AbstractLimiter<Boolean>) limiter);
        ownWorks = ownWork.stream().toList();
    }

    /** The API's limiter; its context says whether the request is a checkout. */
    static Limiter<Boolean> limiter(Limit limit, double checkoutShare) {
        return new PartitionedBuilder().named("api").limit(limit).partitionResolver(checkout -> checkout ? CHECKOUT : OTHER)
                .partition(CHECKOUT, checkoutShare).partition(OTHER, 1 - checkoutShare).build();
    }

    private static final String CHECKOUT = "checkout";
    private static final String OTHER = "other";

    private static final class PartitionedBuilder extends AbstractPartitionedLimiter.Builder<PartitionedBuilder, Boolean> {
        @Override
        protected PartitionedBuilder self() {
            return this;
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!enabled || exempt(request)) {
            chain.doFilter(request, response);
            return;
        }
        boolean checkout = checkout(request);
        Optional<Limiter.Listener> admitted = !checkout && (queue.millis() > queueDelayMillis || ownWorkBehind())
                ? Optional.empty() : limiter.acquire(checkout);
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

    private boolean ownWorkBehind() {
        for (FallingBehind work : ownWorks) {
            if (work.behind()) {
                return true;
            }
        }
        return false;
    }

    static boolean checkout(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api/orders") || path.startsWith("/api/orders/") && path.endsWith("/confirm-payment");
    }

    private static boolean exempt(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api/time") || path.endsWith("/seatmap/events");
    }
}
