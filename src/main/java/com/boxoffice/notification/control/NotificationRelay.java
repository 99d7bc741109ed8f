package com.boxoffice.notification.control;

import com.boxoffice.notification.control.NotificationRecords.Kind;
import com.boxoffice.platform.PeriodicTasks;
import com.boxoffice.platform.database.SchemaReady;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands notifications to the order-events queue (persistent messages carrying the notification id): right
 * after the order's commit, and, for rows a stopped server never relayed or whose message was lost, from a
 * sweep every few seconds.
 * A row relayed twice makes a duplicate message, which the notifier recognises.
 */
@ApplicationScoped
public class NotificationRelay {

    private static final Logger LOG = Logger.getLogger(NotificationRelay.class.getName());

    @Resource(lookup = "jms/boxoffice/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/boxoffice/OrderEvents")
    Queue orderEvents;

    @Resource
    ManagedExecutorService executor;

    @Inject
    NotificationRecords records;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "boxoffice.notifications.relay-seconds", defaultValue = "5")
    long relaySeconds;

    /** A queued notification neither sent nor failed after this long is queued again (its message was lost). */
    @Inject
    @ConfigProperty(name = "boxoffice.notifications.requeue-seconds", defaultValue = "900")
    long requeueSeconds;

    @Inject
    PeriodicTasks periodic;

    void onSchemaReady(@Observes SchemaReady ready) {
        periodic.every(Duration.ofSeconds(relaySeconds), "relay pending notifications", this::relayForgotten);
    }

    /** After the order's commit, off the request thread. */
    void relaySoon(UUID orderId, Kind kind) {
        executor.submit(() -> {
            try {
                relay(NotificationRecords.idOf(orderId, kind));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Notification of order " + orderId + " is relayed by the next sweep", e);
            }
        });
    }

    public void relay(UUID notificationId) {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(orderEvents, notificationId.toString());
        }
        records.queued(notificationId);
    }

    void relayForgotten() {
        records.unrelayed(clock.instant().minusSeconds(relaySeconds), clock.instant().minusSeconds(requeueSeconds))
                .forEach(this::relay);
    }
}
