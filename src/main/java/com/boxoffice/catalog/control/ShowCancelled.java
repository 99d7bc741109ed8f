package com.boxoffice.catalog.control;

import java.time.Instant;
import java.util.UUID;

/**
 * A show was cancelled. Fired inside the cancelling transaction, so observers that write to the database
 * (seating releases the show's holds, ordering marks its confirmed orders for refund) commit or roll back
 * together with the cancellation; work outside the database (Redis keys, the payment provider, emails)
 * belongs in observers of {@code TransactionPhase.AFTER_SUCCESS} or in durable records they process.
 */
public record ShowCancelled(UUID showId, Instant cancelledAt, String cancelledBy) {
}
