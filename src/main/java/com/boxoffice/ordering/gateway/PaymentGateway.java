package com.boxoffice.ordering.gateway;

import java.util.Optional;

/**
 * A payment provider. Every call carries the attempt's key, and the provider deduplicates by it: asking
 * twice never charges twice, and {@link #lookup} tells what became of a call that timed out.
 *
 * <p>Implementations are CDI beans; {@code boxoffice.payment.provider} names the one in use
 * ({@link #name()}). A real provider is added as one more implementation, typically calling the
 * provider's HTTP API through a MicroProfile Rest Client interface configured under
 * {@code boxoffice.payment.<name>.*}, mapping its declines to {@link Charge.State#DECLINED} and its
 * timeouts and connection failures to {@link GatewayTimeout}.
 */
public interface PaymentGateway {

    String name();

    /** Refuses to start without the settings the provider needs (its secrets; in production, live ones). */
    default void checkConfigured(boolean production) {
    }

    /**
     * A notification the provider sent to {@code POST /api/payments/webhooks/<name>}, once its signature is
     * verified with the provider's own scheme.
     *
     * @throws InvalidEvent when it is unsigned, forged, stale or malformed, or the provider sends none
     */
    default ProviderEvent verifyEvent(String payload, String signature) {
        throw new InvalidEvent("The " + name() + " provider sends no events");
    }

    /** Reserves the amount on the card; a decline is an answer, not an exception. */
    Charge authorize(ChargeRequest request);

    /**
     * Takes the money reserved under the key. {@code providerRef}: the provider's id of the charge when known
     * (null: the provider finds it by the key).
     */
    Charge capture(String key, String providerRef);

    /** Gives the money back: releases an authorization, refunds a capture. Asking again changes nothing. */
    Charge refund(String key, String providerRef);

    /** What the provider knows about the key, if it ever heard of it. */
    Optional<Charge> lookup(String key);
}
