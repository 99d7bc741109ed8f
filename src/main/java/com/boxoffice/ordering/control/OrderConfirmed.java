package com.boxoffice.ordering.control;

import com.boxoffice.ordering.control.OrderReceipts.Receipt;
import java.util.UUID;

/**
 * An order was confirmed (or, with {@link OrderCancelled}, cancelled). Fired inside the transaction that
 * made it so: observers that write (the notification outbox) commit or roll back with it. It carries what the
 * confirmation email says, so that sending it reads nothing.
 */
public record OrderConfirmed(UUID orderId, String customerEmail, Receipt receipt) {
}
