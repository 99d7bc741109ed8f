package com.boxoffice.ordering.gateway;

/**
 * A provider's notification about a payment: its id (for applying it once), its type, the attempt's key it names
 * (null for events about anything else) and the charge as the provider sees it now (null when undecided).
 */
public record ProviderEvent(String eventId, String type, String paymentKey, Charge charge) {
}
