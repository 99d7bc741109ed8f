package com.boxoffice.notification.control;

import java.time.Instant;
import java.util.UUID;

/**
 * A message to a customer: {@code status} PENDING (written with the order), QUEUED (on the JMS queue),
 * SENT (mailed, or only logged when {@code channel} is LOG because no SMTP server is set) or FAILED.
 */
public record Notification(UUID notificationId, UUID orderId, UUID userId, String kind, String recipient, String status,
                               String channel, String subject, int attempts, String lastError, Instant createdAt,
                               Instant queuedAt, Instant sentAt) {
}
