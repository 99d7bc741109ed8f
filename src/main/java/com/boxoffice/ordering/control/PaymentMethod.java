package com.boxoffice.ordering.control;

/** How the customer pays: {@code kind} CARD (the only one sold today) and the provider's token for it. */
public record PaymentMethod(String kind, String token) {
}
