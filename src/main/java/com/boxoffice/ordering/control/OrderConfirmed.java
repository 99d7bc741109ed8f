package com.boxoffice.ordering.control;

import java.util.UUID;

/**
 * An order was confirmed (or, with {@link OrderCancelled}, cancelled). Fired inside the transaction that
 * made it so: observers that write (the notification outbox) commit or roll back with it.
 */
public record OrderConfirmed(UUID orderId, String customerEmail) {
}
