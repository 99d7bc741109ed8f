package com.boxoffice.notification.control;

import com.boxoffice.notification.control.NotificationRecords.Kind;
import com.boxoffice.ordering.control.OrderReceipts;
import com.boxoffice.platform.database.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends one notification, at most once: under the row's lock the status is checked, the mail sent and the
 * row marked SENT, so a duplicated or redelivered message finds it SENT and sends nothing. A failed send
 * counts the attempt (kept: this transaction commits) and throws, so the message is redelivered; on its
 * last delivery the row is marked FAILED for an admin to retry.
 */
@ApplicationScoped
public class NotificationDelivery {

    private static final Logger LOG = Logger.getLogger(NotificationDelivery.class.getName());

    /** The mail could not be sent this time. */
    public static final class DeliveryFailed extends RuntimeException {
        DeliveryFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    @Inject
    OrderReceipts receipts;

    @Inject
    EmailComposer composer;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "boxoffice.notify.max-deliveries", defaultValue = "5")
    int maxDeliveries;

    @Inject
    NotificationMetrics metrics;

    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = DeliveryFailed.class)
    public void deliver(UUID notificationId, int deliveryCount) {
        List<?> rows = em.createNativeQuery("SELECT order_id, kind, recipient, status FROM notifications"
                + " WHERE notification_id = ? FOR UPDATE").setParameter(1, notificationId).getResultList();
        if (rows.isEmpty()) {
            // Rows are committed before their message is sent, so this message is not of this database (a
            // server once pointed elsewhere, a restored store): dropped, not redelivered into the exception
            // destination, whose depth operators watch. Its own outbox re-queues whatever it never sent.
            LOG.warning("Message for notification " + notificationId + ", which this database does not have, dropped");
            return;
        }
        Object[] row = (Object[]) rows.get(0);
        if ("SENT".equals(row[3])) {
            LOG.fine("Notification " + notificationId + " was sent already; duplicate message ignored");
            return;
        }
        try {
            MimeMessage message = composer.compose(notificationId, Kind.valueOf((String) row[1]),
                    receipts.of(SqlValues.uuid(row[0])), (String) row[2]);
            Mailer.Channel channel = mailer.send(message);
            em.createNativeQuery("UPDATE notifications SET status = 'SENT', channel = ?, subject = ?, sent_at = now(),"
                            + " attempts = attempts + 1, last_error = NULL WHERE notification_id = ?")
                    .setParameter(1, channel.name()).setParameter(2, message.getSubject()).setParameter(3, notificationId)
                    .executeUpdate();
            metrics.sent();
        } catch (MessagingException | RuntimeException e) {
            boolean last = deliveryCount >= maxDeliveries;
            String error = String.valueOf(e.getMessage());
            em.createNativeQuery("UPDATE notifications SET attempts = attempts + 1, last_error = ?,"
                            + " status = CASE WHEN ? THEN 'FAILED' ELSE status END WHERE notification_id = ?")
                    .setParameter(1, error.length() > 500 ? error.substring(0, 500) : error).setParameter(2, last)
                    .setParameter(3, notificationId).executeUpdate();
            metrics.attemptFailed(last);
            throw new DeliveryFailed("Could not send notification " + notificationId + " (delivery " + deliveryCount
                    + " of " + maxDeliveries + ")", e);
        }
    }
}
