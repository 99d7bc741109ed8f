package com.boxoffice.notification.control;

import com.boxoffice.notification.control.MailsInFlight.Outgoing;
import com.boxoffice.notification.control.MailsInFlight.SentMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends one notification, at most once, with no transaction open and no row locked while the mail is
 * composed and sent, and one write when it went out (the row marked SENT). A message this server handed over
 * itself comes with the mail to compose; any other (a duplicate, a redelivery, one swept up after a restart)
 * is first checked against its row, so one found SENT sends nothing. Two messages of one notification on
 * this server are never sent side by side, and one sent lately is only recorded again. A failed send counts
 * the attempt and throws, so the message is redelivered; on its last delivery the row is marked FAILED for
 * an admin to retry.
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

    @Inject
    NotificationRecords records;

    @Inject
    MailsInFlight inFlight;

    @Inject
    EmailComposer composer;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "boxoffice.notify.max-deliveries", defaultValue = "5")
    int maxDeliveries;

    @Inject
    NotificationMetrics metrics;

    @Inject
    NotifierLag lag;

    /** {@code redelivered}: an earlier delivery of this very message may have sent the mail. */
    public void deliver(UUID notificationId, int deliveryCount, boolean redelivered) {
        if (!inFlight.startSending(notificationId)) {
            LOG.fine("Notification " + notificationId + " is being sent by another consumer; duplicate message ignored");
            return;
        }
        try {
            Optional<SentMail> sent = inFlight.sentLately(notificationId);
            if (sent.isEmpty()) {
                Optional<Outgoing> outgoing = redelivered ? Optional.empty() : inFlight.outgoing(notificationId);
                if (outgoing.isEmpty()) {
                    outgoing = unsent(notificationId);
                }
                if (outgoing.isEmpty()) {
                    return;
                }
                sent = Optional.of(send(notificationId, outgoing.get(), deliveryCount));
                inFlight.sent(notificationId, sent.get());
                inFlight.since(notificationId).ifPresent(lag::sent);
                metrics.sent();
            }
            records.sent(notificationId, sent.get().channel(), sent.get().subject());
            inFlight.settled(notificationId);
        } finally {
            inFlight.stopSending(notificationId);
        }
    }

    /** The mail of a notification this server has no record of, unless its row says it went out already. */
    private Optional<Outgoing> unsent(UUID notificationId) {
        Optional<NotificationRecords.Stored> stored = records.stored(notificationId);
        if (stored.isEmpty()) {
            // Rows are committed before their message is sent, so this message is not of this database (a
            // server once pointed elsewhere, a restored store): dropped, not redelivered into the exception
            // destination, whose depth operators watch. Its own outbox re-queues whatever it never sent.
            LOG.warning("Message for notification " + notificationId + ", which this database does not have, dropped");
            return Optional.empty();
        }
        NotificationRecords.Stored row = stored.get();
        if ("SENT".equals(row.status())) {
            LOG.fine("Notification " + notificationId + " was sent already; duplicate message ignored");
            inFlight.settled(notificationId);
            return Optional.empty();
        }
        if (row.kind().aboutAccount() && row.link() == null) {
            LOG.warning("Account mail " + notificationId + " has no link any more; not sent again");
            inFlight.settled(notificationId);
            return Optional.empty();
        }
        return Optional.of(new Outgoing(row.kind(), row.recipient(), row.receipt(), row.link()));
    }

    private SentMail send(UUID notificationId, Outgoing outgoing, int deliveryCount) {
        try {
            MimeMessage message = composer.compose(notificationId, outgoing);
            return new SentMail(mailer.send(message), message.getSubject());
        } catch (MessagingException | RuntimeException e) {
            boolean last = deliveryCount >= maxDeliveries;
            records.attemptFailed(notificationId, String.valueOf(e.getMessage()), last);
            if (last) {
                inFlight.settled(notificationId);
            }
            metrics.attemptFailed(last);
            throw new DeliveryFailed("Could not send notification " + notificationId + " (delivery " + deliveryCount
                    + " of " + maxDeliveries + ")", e);
        }
    }
}
