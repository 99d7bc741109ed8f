package com.boxoffice.ordering.control;

import com.boxoffice.ordering.entity.OrderStatus;
import com.boxoffice.ordering.gateway.Charge;
import com.boxoffice.ordering.gateway.ChargeRequest;
import com.boxoffice.ordering.gateway.GatewayTimeout;
import com.boxoffice.ordering.gateway.PaymentGateway;
import com.boxoffice.ordering.gateway.PaymentGateways;
import com.boxoffice.platform.concurrent.Signals;
import com.boxoffice.platform.error.ApiException;
import com.boxoffice.platform.error.ErrorCode;
import com.boxoffice.platform.security.Caller;
import com.boxoffice.seating.control.SeatSales;
import com.boxoffice.seating.control.SeatsUnavailable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Paying for an order. The hold is kept while the payment runs; the provider reserves the money, the hold
 * is checked once more, the money is taken, and only then are the seats sold — in one transaction whose
 * unique index refuses a seat sold twice. Whatever refuses the sale after the money moved gets it back:
 * at once, or through the housekeeping task if the provider does not answer.
 */
@ApplicationScoped
public class Checkout {

    private static final Logger LOG = Logger.getLogger(Checkout.class.getName());

    @Inject
    PaymentSteps steps;

    @Inject
    PaymentGateways gateways;

    @Inject
    Refunds refunds;

    @Inject
    SeatSales seats;

    @Inject
    OrderMetrics metrics;

    @Inject
    Signals signals;

    @Inject
    Clock clock;

    /** How long a hold is kept for a payment in flight, and how long no second payment may start. */
    @Inject
    @ConfigProperty(name = "boxoffice.payment.window-seconds", defaultValue = "60")
    volatile long windowSeconds;

    /** How long a second confirm of an order waits for the running one before answering 409. */
    @Inject
    @ConfigProperty(name = "boxoffice.payment.wait-ms", defaultValue = "5000")
    long waitMillis;

    /** For tests of a hold running out during a payment. */
    void paymentWindow(Duration window) {
        windowSeconds = window.toSeconds();
    }

    /** Pays for the order, for a request without an Idempotency-Key. */
    public OrderDetails confirm(Caller caller, UUID orderId, PaymentMethod method) {
        return confirm(caller, orderId, method, RequestKey.none());
    }

    /**
     * Pays for the order. A second request for an order whose payment runs (or with the Idempotency-Key of a
     * running request) waits for it to end, then answers as it does; 409 {@code REQUEST_IN_PROGRESS} only when it
     * is still running at the deadline.
     */
    public OrderDetails confirm(Caller caller, UUID orderId, PaymentMethod method, RequestKey<OrderDetails> key) {
        long deadline = System.nanoTime() + waitMillis * 1_000_000;
        boolean lastLook = false;
        while (true) {
            PaymentSteps.Start start;
            try (Signals.Signal ended = signals.watch(paymentOf(orderId))) {
                try {
                    start = steps.start(caller, orderId, method, Duration.ofSeconds(windowSeconds), key);
                } catch (PaymentSteps.Busy | RequestKey.Running e) {
                    if (lastLook) {
                        throw new RequestInProgress("A payment for this order is in progress");
                    }
                    lastLook = !ended.await(deadline);
                    continue;
                }
            }
            if (start instanceof PaymentSteps.Started started) {
                try {
                    return pay(started, key);
                } finally {
                    signals.fire(paymentOf(orderId));
                }
            }
            if (start instanceof PaymentSteps.AlreadyConfirmed confirmed) {
                return confirmed.order();
            }
            PaymentSteps.Refused refused = (PaymentSteps.Refused) start;
            if (refused.expiredNow()) {
                metrics.expired(1);
            }
            throw refused.reason();
        }
    }

    private static String paymentOf(UUID orderId) {
        return "payment of order " + orderId;
    }

    private OrderDetails pay(PaymentSteps.Started started, RequestKey<OrderDetails> key) {
        PaymentGateway gateway = gateways.current();
        long begun = System.nanoTime();
        Charge charge;
        String providerRef = null; // the provider's id of the charge, once it told us
        try {
            charge = authorize(gateway, started.charge());
            providerRef = charge.chargeId();
            if (charge.declined()) {
                PaymentDeclined declined = steps.declined(started, charge, since(begun), key);
                metrics.declined();
                String declineCode = charge.declineCode();
                LOG.info(() -> "Payment " + started.paymentId() + " for order " + started.orderId() + " declined: "
                        + declineCode);
                throw declined;
            }
            // no transaction here: the payment window is known, and the sale's own checks under its locks decide
            // the rest (a hold released meanwhile is refunded)
            if (!started.keptAt(clock.instant())) {
                throw giveBack(started, OrderStatus.EXPIRED, PaymentSteps.holdExpired(), providerRef, key);
            }
            charge = capture(gateway, started.charge().key(), providerRef); // recorded with the sale
        } catch (GatewayTimeout e) {
            steps.unknown(started.paymentId(), providerRef, key);
            throw new ApiException(ErrorCode.UNAVAILABLE, "The payment provider did not answer; the payment is being"
                    + " checked and will be confirmed or refunded");
        }
        Duration took = since(begun);
        metrics.paid(took);
        return sell(started, charge, took, key);
    }

    /** The sale after the money was taken, or the money back when the sale is refused. */
    private OrderDetails sell(PaymentSteps.Started started, Charge charge, Duration took, RequestKey<OrderDetails> key) {
        try {
            OrderDetails order = steps.complete(started, charge, took, key);
            seats.saleCommitted(started.hold());
            metrics.confirmed();
            LOG.info(() -> "Order " + order.orderId() + " confirmed: seats " + String.join(",", order.seatIds())
                    + " of show " + order.showId() + ", " + order.total().amount() + " " + order.total().currency());
            return order;
        } catch (SeatSales.HoldLapsed e) {
            throw giveBack(started, OrderStatus.EXPIRED, new HoldExpired(
                    "The hold ran out during the payment; the payment was reversed"), charge.chargeId(), key);
        } catch (SeatsUnavailable e) {
            throw giveBack(started, OrderStatus.FAILED, e, charge.chargeId(), key);
        }
    }

    /**
     * The provider says a payment whose request gave up (it timed out) went through, by its webhook or when asked
     * by the housekeeping: the sale is finished as the request would have (the seats sold, the tickets issued and
     * mailed once), or the money goes back when the order can no longer have them. A payment still in its request's
     * hands, settled, or not the order's latest attempt is left alone; so is one whose window ended (the
     * housekeeping gives its money back).
     */
    public void completeByProvider(String gatewayKey, String providerRef) {
        Optional<PaymentSteps.Started> resumed = steps.resume(gatewayKey);
        if (resumed.isEmpty()) {
            return;
        }
        PaymentSteps.Started started = resumed.get();
        RequestKey<OrderDetails> key = RequestKey.none();
        try {
            if (!started.keptAt(clock.instant())) {
                return;
            }
            Charge charge;
            try {
                charge = capture(gateways.current(), gatewayKey, providerRef);
            } catch (GatewayTimeout e) {
                steps.unknown(started.paymentId(), providerRef, key);
                return;
            }
            sell(started, charge, Duration.ZERO, key);
            LOG.info(() -> "Order " + started.orderId() + " confirmed by the provider's word after its request gave up");
        } catch (ApiException refused) {
            LOG.info(() -> "Order " + started.orderId() + " could not be sold after the provider took the payment;"
                    + " the money goes back: " + refused.getMessage());
        } finally {
            signals.fire(paymentOf(started.orderId()));
        }
    }

    /** The sale will not happen: the order ends and the money goes back (now, or retried until it does). */
    private ApiException giveBack(PaymentSteps.Started started, OrderStatus outcome, ApiException reason,
                                  String providerRef, RequestKey<OrderDetails> key) {
        steps.abandon(started, outcome, reason, providerRef, key);
        if (outcome == OrderStatus.EXPIRED) {
            metrics.expired(1);
        } else {
            metrics.failed();
        }
        refunds.settle(started.paymentId());
        return reason;
    }

    /** After a timeout the provider is asked what happened under the key; a call it never saw is made again. */
    private static Charge authorize(PaymentGateway gateway, ChargeRequest request) {
        try {
            return gateway.authorize(request);
        } catch (GatewayTimeout e) {
            return gateway.lookup(request.key()).orElseGet(() -> gateway.authorize(request));
        }
    }

    private static Charge capture(PaymentGateway gateway, String key, String providerRef) {
        try {
            return gateway.capture(key, providerRef);
        } catch (GatewayTimeout e) {
            Charge known = gateway.lookup(key).orElseThrow(() -> e);
            return known.state() == Charge.State.CAPTURED ? known : gateway.capture(key, providerRef);
        }
    }

    private static Duration since(long begun) {
        return Duration.ofNanos(System.nanoTime() - begun);
    }
}
