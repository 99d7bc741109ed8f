package com.boxoffice.notification.boundary;

import com.boxoffice.notification.control.Notification;
import java.time.Instant;
import java.util.UUID;

/**
 * A message to a customer, about an order ({@code orderId}) or their account ({@code userId}: email verification,
 * password reset): {@code status} PENDING (written with the order), QUEUED (on the JMS queue), SENT (mailed, or
 * only logged when {@code channel} is LOG because no SMTP server is set) or FAILED.
 */
public record NotificationView(UUID notificationId, UUID orderId, UUID userId, String kind, String recipient, String status,
                               String channel, String subject, int attempts, String lastError, Instant createdAt,
                               Instant queuedAt, Instant sentAt) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.notificationId(), n.orderId(), n.userId(), n.kind(), n.recipient(), n.status(), n.channel(),
                n.subject(), n.attempts(), n.lastError(), n.createdAt(), n.queuedAt(), n.sentAt());
    }
}
