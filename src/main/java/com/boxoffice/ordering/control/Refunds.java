package com.boxoffice.ordering.control;

import com.boxoffice.ordering.entity.Payment;
import com.boxoffice.ordering.entity.PaymentStatus;
import com.boxoffice.ordering.gateway.Charge;
import com.boxoffice.ordering.gateway.PaymentGateways;
import com.boxoffice.platform.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives money back through the provider: a refund of a capture, or the release of an authorization. The
 * provider deduplicates by the attempt's key, so asking again (after a timeout, from the housekeeping
 * task, from another instance) never refunds twice. A refund the provider did not confirm stays due.
 */
@ApplicationScoped
public class Refunds {

    private static final Logger LOG = Logger.getLogger(Refunds.class.getName());

    @Inject
    PaymentRecords payments;

    @Inject
    PaymentGateways gateways;

    @Inject
    OrderMetrics metrics;

    @Inject
    AuditTrail audit;

    /** @return true when the money is back (or was never taken) */
    public boolean settle(UUID paymentId) {
        Payment payment = payments.find(paymentId);
        if (payment.status() != PaymentStatus.REFUND_DUE) {
            return payment.status() == PaymentStatus.REFUNDED || payment.status() == PaymentStatus.VOIDED;
        }
        try {
            Charge charge = gateways.current().refund(payment.gatewayKey(), payment.providerRef());
            payments.recordRefund(paymentId, charge);
            metrics.refunded();
            audit.record("system", charge.state() == Charge.State.VOIDED ? "VOID payment" : "REFUND payment",
                    "payments/" + paymentId, payment.currency() + " " + payment.amount() + " of order " + payment.orderId());
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Refund of payment " + paymentId + " not confirmed yet; it will be retried", e);
            return false;
        }
    }
}
