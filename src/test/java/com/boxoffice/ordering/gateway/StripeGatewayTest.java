package com.boxoffice.ordering.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stripe.model.PaymentIntent;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StripeGatewayTest {

    @Test
    void intentStatusesMapOntoThePort() {
        assertEquals(Charge.State.AUTHORIZED, StripeGateway.charge(intent("requires_capture")).state());
        assertEquals(Charge.State.CAPTURED, StripeGateway.charge(intent("succeeded")).state());
        assertEquals(Charge.State.VOIDED, StripeGateway.charge(intent("canceled")).state());
        assertEquals("authentication_required", StripeGateway.charge(intent("requires_action")).declineCode());
        assertEquals(Charge.State.DECLINED, StripeGateway.charge(intent("requires_payment_method")).state());
        assertThrows(GatewayTimeout.class, () -> StripeGateway.charge(intent("processing")), "undecided: asked again later");
    }

    @Test
    void aCardRefusedAsStolenOrAsFraudIsShownAsDeclined() {
        assertEquals("card_declined", StripeGateway.shown("stolen_card"));
        assertEquals("card_declined", StripeGateway.shown("fraudulent"));
        assertEquals("insufficient_funds", StripeGateway.shown("insufficient_funds"));
    }

    @Test
    void amountsGoInPaise() {
        assertEquals(25_000L, StripeGateway.minorUnits(new BigDecimal("250.00")));
        assertEquals(1L, StripeGateway.minorUnits(new BigDecimal("0.01")));
    }

    @Test
    void productionNeedsALiveKeyAndTheWebhookSecret() {
        StripeGateway stripe = new StripeGateway();
        stripe.secretKey = Optional.empty();
        stripe.webhookSecret = Optional.empty();
        assertThrows(IllegalStateException.class, () -> stripe.checkConfigured(false), "no key at all");
        stripe.secretKey = Optional.of("sk_test_123");
        stripe.checkConfigured(false); // a test key outside production
        IllegalStateException testKey = assertThrows(IllegalStateException.class, () -> stripe.checkConfigured(true));
        assertTrue(testKey.getMessage().contains("live"), testKey.getMessage());
        stripe.secretKey = Optional.of("sk_live_123");
        assertThrows(IllegalStateException.class, () -> stripe.checkConfigured(true), "no webhook secret");
        stripe.webhookSecret = Optional.of("whsec_123");
        stripe.checkConfigured(true);
    }

    @Test
    void anEventThatIsNotSignedOrNotStripesIsRefused() {
        StripeGateway stripe = new StripeGateway();
        stripe.webhookSecret = Optional.of("whsec_123");
        assertThrows(InvalidEvent.class, () -> stripe.verifyEvent("{}", null));
        assertThrows(InvalidEvent.class, () -> stripe.verifyEvent("{}", "t=1,v1=00"));
        assertThrows(InvalidEvent.class, () -> stripe.verifyEvent("not json", "t=abc"));
    }

    private static PaymentIntent intent(String status) {
        PaymentIntent intent = new PaymentIntent();
        intent.setId("pi_1");
        intent.setStatus(status);
        return intent;
    }
}
