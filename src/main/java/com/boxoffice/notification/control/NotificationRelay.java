package com.boxoffice.notification.control;

import com.boxoffice.notification.control.MailsInFlight.Outgoing;
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
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands notifications to this server's order-events queue (persistent messages carrying the notification id)
 * right after the order's commit, with no write of its own: the row stays PENDING until the notifier marks it
 * SENT. A sweep every few seconds hands over what was never handed over: rows of this server's store written
 * before it started (it stopped right after a commit), rows of no store, messages whose hand-over failed, and
 * anyone's row whose message must be lost (unsent long after its last hand-over). A row handed over twice makes
 * a duplicate message, which the notifier recognises.
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
    MailsInFlight inFlight;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "boxoffice.notifications.relay-seconds", defaultValue = "5")
    long relaySeconds;

    /** A notification neither sent nor failed this long after its last hand-over is handed over again (its message was lost). */
    @Inject
    @ConfigProperty(name = "boxoffice.notifications.requeue-seconds", defaultValue = "900")
    long requeueSeconds;

    /** A message store not heard of this long is taken for lost with its server: another hands its notifications over. */
    @Inject
    @ConfigProperty(name = "boxoffice.notifications.store-lost-seconds", defaultValue = "45")
    long storeLostSeconds;

    /** Where this server's messages are kept (server.xml); with the host, it names the queue a row's message went to. */
    @Inject
    @ConfigProperty(name = "BOXOFFICE_MESSAGING_STORE")
    Optional<String> messageStore;

    @Inject
    PeriodicTasks periodic;

    private final Set<UUID> notHandedOver = ConcurrentHashMap.newKeySet();
    private volatile Instant startedAt = Instant.MAX;
    private volatile String origin;

    void onSchemaReady(@Observes SchemaReady ready) {
        startedAt = clock.instant();
        LOG.info(() -> "Notifications of this server are handed to the message store " + origin());
        periodic.every(Duration.ofSeconds(relaySeconds), "relay pending notifications", this::relayForgotten);
    }

    /** The message store this server hands notifications to, as rows name it. */
    public String origin() {
        if (origin == null) {
            String host;
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "localhost";
            }
            origin = host + ":" + messageStore.orElse("");
        }
        return origin;
    }

    /** After the order's commit, off the request thread. */
    void relaySoon(UUID notificationId, Outgoing outgoing) {
        inFlight.handedOver(notificationId, outgoing);
        try {
            executor.submit(() -> handOver(notificationId));
        } catch (RuntimeException e) {
            notHandedOver.add(notificationId);
            LOG.log(Level.WARNING, "Notification " + notificationId + " is handed over by the next sweep", e);
        }
    }

    /** Hands a notification claimed for this server to its queue (an admin's retry). */
    public void relay(UUID notificationId) {
        try {
            send(notificationId);
        } catch (RuntimeException e) {
            notHandedOver.add(notificationId);
            throw e;
        }
    }

    private void handOver(UUID notificationId) {
        try {
            relay(notificationId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Notification " + notificationId + " is handed over by the next sweep", e);
        }
    }

    private void send(UUID notificationId) {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(orderEvents, notificationId.toString());
        }
    }

    void relayForgotten() {
        for (UUID id : Set.copyOf(notHandedOver)) {
            notHandedOver.remove(id);
            handOver(id);
        }
        Instant now = clock.instant();
        records.claimUnrelayed(origin(), startedAt, now.minusSeconds(relaySeconds), storeLostSeconds,
                        now.minusSeconds(requeueSeconds))
                .stream().filter(id -> !inFlight.isHandedOver(id)).forEach(this::handOver);
    }
}
