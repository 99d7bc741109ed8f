package com.boxoffice.ordering.entity;

/**
 * Where an attempt to take money stands. STARTED, AUTHORIZED, CAPTURED and UNKNOWN are unsettled: if the
 * order did not end up paid by this attempt, the money goes back. REFUND_DUE waits for the provider.
 */
public enum PaymentStatus {
    STARTED, AUTHORIZED, CAPTURED, DECLINED, UNKNOWN, REFUND_DUE, VOIDED, REFUNDED
}
