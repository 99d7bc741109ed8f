package com.boxoffice.notification.control;

import com.boxoffice.notification.control.NotificationRecords.Kind;
import com.boxoffice.ordering.control.OrderReceipts.Receipt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this server knows of the notifications it handed to its own queue, so that sending one reads nothing
 * and writes once: the mail to compose (from the transaction that confirmed the order), which ones are being
 * sent right now, and which were sent lately. A message without such a record here (a duplicate, a redelivery,
 * one swept up after a restart) is checked against the database before anything is sent.
 */
@ApplicationScoped
public class MailsInFlight {

    /**
     * A notification as its transaction wrote it: an order's receipt or an account mail's link; both are absent
     * when there were too many to keep.
     */
    public record Outgoing(Kind kind, String recipient, Receipt receipt, String link) {

        boolean complete() {
            return receipt != null || link != null;
        }
    }

    /** A mail that went out, and how. */
    public record SentMail(Mailer.Channel channel, String subject) {
    }

    private static final int MAX_KEPT = 20_000;

    /** A notification handed over, and when ({@link System#nanoTime()}). */
    private record HandedOver(Outgoing outgoing, long at) {
    }

    private final Map<UUID, HandedOver> handedOver = new ConcurrentHashMap<>();
    private final Set<UUID> sending = ConcurrentHashMap.newKeySet();
    private final Map<UUID, SentMail> sentLately = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, SentMail> eldest) {
            return size() > MAX_KEPT;
        }
    });

    void handedOver(UUID id, Outgoing outgoing) {
        handedOver.put(id, new HandedOver(handedOver.size() < MAX_KEPT ? outgoing
                : new Outgoing(outgoing.kind(), outgoing.recipient(), null, null), System.nanoTime()));
    }

    /** How long ago this server handed the notification over, if it did. */
    Optional<Duration> since(UUID id) {
        return Optional.ofNullable(handedOver.get(id)).map(handed -> Duration.ofNanos(System.nanoTime() - handed.at()));
    }

    boolean isHandedOver(UUID id) {
        return handedOver.containsKey(id);
    }

    /** The mail as written, if this server handed it over and may send it without asking the database. */
    Optional<Outgoing> outgoing(UUID id) {
        return Optional.ofNullable(handedOver.get(id)).map(HandedOver::outgoing).filter(Outgoing::complete);
    }

    /** False when another consumer of this server sends it right now (its failure would be redelivered). */
    boolean startSending(UUID id) {
        return sending.add(id);
    }

    void stopSending(UUID id) {
        sending.remove(id);
    }

    Optional<SentMail> sentLately(UUID id) {
        return Optional.ofNullable(sentLately.get(id));
    }

    void sent(UUID id, SentMail mail) {
        sentLately.put(id, mail);
    }

    /** Its row says SENT or FAILED: nothing more will be done with it here. */
    void settled(UUID id) {
        handedOver.remove(id);
    }

    int inFlight() {
        return handedOver.size();
    }
}
