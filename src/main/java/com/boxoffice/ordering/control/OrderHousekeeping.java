package com.boxoffice.ordering.control;

import com.boxoffice.ordering.gateway.Charge;
import com.boxoffice.ordering.gateway.PaymentGateways;
import com.boxoffice.platform.PeriodicTasks;
import com.boxoffice.platform.database.SchemaReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every few seconds, on every instance: unpaid orders whose hold ended are marked EXPIRED; payment
 * attempts that never finished (server stopped, provider silent) are settled with the provider by their
 * key — money taken for a sale that did not happen goes back; refunds not yet confirmed are asked again;
 * idempotency keys past their retention are dropped.
 */
@ApplicationScoped
public class OrderHousekeeping {

    private static final Logger LOG = Logger.getLogger(OrderHousekeeping.class.getName());

    @Inject
    OrderExpiry expiry;

    @Inject
    PaymentRecords payments;

    @Inject
    PaymentGateways gateways;

    @Inject
    Refunds refunds;

    @Inject
    Checkout checkout;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    OrderMetrics metrics;

    @Inject
    @ConfigProperty(name = "boxoffice.orders.housekeeping-seconds", defaultValue = "5")
    long everySeconds;

    @Inject
    PeriodicTasks periodic;

    void onSchemaReady(@Observes SchemaReady ready) {
        periodic.every(Duration.ofSeconds(everySeconds), "do the order housekeeping", this::run);
    }

    void run() {
        step("expire unpaid orders", () -> {
            int expired = expiry.expireDue();
            if (expired > 0) {
                metrics.expired(expired);
            }
        });
        step("finish payments the provider took after their request gave up",
                () -> payments.unknownWhilePaying().forEach(id -> step("finish payment " + id, () -> finishUnknown(id))));
        step("settle unfinished payments", () -> payments.stranded().forEach(id -> step("settle payment " + id,
                () -> settleStranded(id))));
        step("retry refunds", () -> payments.refundsDue().forEach(refunds::settle));
        step("drop old idempotency keys", idempotencyKeys::purge);
    }

    /** The provider is asked about a payment whose request timed out while its order still waits for it. */
    private void finishUnknown(UUID paymentId) {
        String key = payments.find(paymentId).gatewayKey();
        gateways.current().lookup(key)
                .filter(charge -> charge.state() == Charge.State.AUTHORIZED || charge.state() == Charge.State.CAPTURED)
                .ifPresent(charge -> checkout.completeByProvider(key, charge.chargeId()));
    }

    private void settleStranded(UUID paymentId) {
        String key = payments.find(paymentId).gatewayKey();
        boolean known = gateways.current().lookup(key).isPresent();
        if (payments.strand(paymentId, known)) {
            refunds.settle(paymentId);
        }
    }

    private static void step(String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Order housekeeping could not " + what + " this time", e);
        }
    }
}
