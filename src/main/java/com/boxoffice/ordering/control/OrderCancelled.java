package com.boxoffice.ordering.control;

import java.util.UUID;

/** An order was cancelled and is being refunded. Fired inside the cancelling transaction. */
public record OrderCancelled(UUID orderId, String customerEmail, String reason) {
}
