package com.boxoffice.notification.control;

import com.boxoffice.platform.paging.Page;
import com.boxoffice.platform.paging.PageRequest;
import com.boxoffice.platform.database.SqlValues;
import com.boxoffice.ordering.control.OrderReceipts;
import com.boxoffice.ordering.control.OrderReceipts.Receipt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The notifications table: the outbox rows and the record of what was sent. */
@ApplicationScoped
@Transactional
public class NotificationRecords {

    public enum Kind {
        ORDER_CONFIRMED, ORDER_CANCELLED, EMAIL_VERIFICATION, PASSWORD_RESET;

        /** A mail about an account (with a link), not about an order. */
        public boolean aboutAccount() {
            return this == EMAIL_VERIFICATION || this == PASSWORD_RESET;
        }
    }

    private static final String COLUMNS = "notification_id, order_id, kind, recipient, status, channel, subject,"
            + " attempts, last_error, created_at, queued_at, sent_at, user_id";

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    @Inject
    OrderReceipts receipts;

    /**
     * What the notifier needs of a row it has no record of in memory: the row and, unless it was SENT, its
     * order's receipt or its account mail's link.
     */
    public record Stored(Kind kind, String recipient, String status, Receipt receipt, String link) {
    }

    /**
     * In the order's transaction; a second event of the same kind for the order adds nothing. {@code origin} names
     * the message store its message goes to.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(UUID orderId, Kind kind, String recipient, String origin) {
        em.createNativeQuery("INSERT INTO notifications (notification_id, order_id, kind, recipient, status, origin)"
                        + " VALUES (?, ?, ?, ?, 'PENDING', ?) ON CONFLICT (order_id, kind) DO NOTHING")
                .setParameter(1, idOf(orderId, kind)).setParameter(2, orderId).setParameter(3, kind.name())
                .setParameter(4, recipient).setParameter(5, origin).executeUpdate();
    }

    /** An account's mail, in the transaction that issued its link. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addAccountMail(UUID id, UUID userId, Kind kind, String recipient, String link, String origin) {
        em.createNativeQuery("INSERT INTO notifications (notification_id, user_id, kind, recipient, link, status, origin)"
                        + " VALUES (?, ?, ?, ?, ?, 'PENDING', ?)")
                .setParameter(1, id).setParameter(2, userId).setParameter(3, kind.name()).setParameter(4, recipient)
                .setParameter(5, link).setParameter(6, origin).executeUpdate();
    }

    /** An order's notification of a kind has an id known without asking the database (one per order and kind). */
    public static UUID idOf(UUID orderId, Kind kind) {
        return UUID.nameUUIDFromBytes(("notification " + orderId + " " + kind).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Says that this origin's message store is alive, and claims the notifications to hand to the queue (again),
     * marking them QUEUED to this origin so that no other server does the same: those of this origin written
     * before it started ({@code startedAt}: the server stopped after the commit, perhaps before handing them
     * over) or of no origin (written by hand, sent again by an admin's retry elsewhere), once
     * {@code writtenBefore}; those of a store not heard of for {@code storeLostSeconds} by the database's clock
     * (which also stamps the heartbeats), handed over before then (the store is gone with its server); and anyone's still not sent at {@code lostBefore} after their
     * last hand-over (the message must be lost although its store is alive).
     */
    public List<UUID> claimUnrelayed(String origin, Instant startedAt, Instant writtenBefore, long storeLostSeconds,
                                     Instant lostBefore) {
        em.createNativeQuery("INSERT INTO message_stores (origin, seen_at) VALUES (?, now())"
                + " ON CONFLICT (origin) DO UPDATE SET seen_at = excluded.seen_at").setParameter(1, origin).executeUpdate();
        List<UUID> ids = new ArrayList<>();
        for (Object id : em.createNativeQuery("UPDATE notifications SET status = 'QUEUED', queued_at = now(), origin = ?"
                        + " WHERE notification_id IN (SELECT notification_id FROM notifications WHERE (status = 'PENDING'"
                        + " AND (origin IS NULL OR (origin = ? AND created_at < ?)) AND created_at < ?)"
                        + " OR (status IN ('PENDING', 'QUEUED') AND coalesce(queued_at, created_at) < now() - make_interval(secs => ?)"
                        + " AND origin IN (SELECT origin FROM message_stores WHERE seen_at < now() - make_interval(secs => ?)))"
                        + " OR (status IN ('PENDING', 'QUEUED') AND coalesce(queued_at, created_at) < ?)"
                        + " ORDER BY created_at LIMIT 200 FOR UPDATE SKIP LOCKED) RETURNING notification_id")
                .setParameter(1, origin).setParameter(2, origin).setParameter(3, Timestamp.from(startedAt))
                .setParameter(4, Timestamp.from(writtenBefore)).setParameter(5, (double) storeLostSeconds)
                .setParameter(6, (double) storeLostSeconds).setParameter(7, Timestamp.from(lostBefore))
                .getResultList()) {
            ids.add(SqlValues.uuid(id));
        }
        return ids;
    }

    /** In a transaction of its own, also when called by the notifier, whose transaction is the message's. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Stored> stored(UUID id) {
        List<?> rows = em.createNativeQuery("SELECT order_id, kind, recipient, status, link FROM notifications"
                + " WHERE notification_id = ?").setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] values = (Object[]) row;
            String status = (String) values[3];
            Kind kind = Kind.valueOf((String) values[1]);
            boolean needsReceipt = !"SENT".equals(status) && !kind.aboutAccount();
            return new Stored(kind, (String) values[2], status, needsReceipt ? receipts.of(SqlValues.uuid(values[0])) : null,
                    (String) values[4]);
        });
    }

    /**
     * The mail went out. The only write of a notification sent as planned; a second call changes nothing. An
     * account mail's link (its token in clear) is forgotten with it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(UUID id, Mailer.Channel channel, String subject) {
        em.createNativeQuery("UPDATE notifications SET status = 'SENT', channel = ?, subject = ?, sent_at = now(),"
                        + " attempts = attempts + 1, last_error = NULL, link = NULL WHERE notification_id = ?"
                        + " AND status <> 'SENT'")
                .setParameter(1, channel.name()).setParameter(2, subject).setParameter(3, id).executeUpdate();
    }

    /** A send failed: counted, and on the last delivery the notification is FAILED, for an admin to retry. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void attemptFailed(UUID id, String error, boolean last) {
        em.createNativeQuery("UPDATE notifications SET attempts = attempts + 1, last_error = ?,"
                        + " status = CASE WHEN ? THEN 'FAILED' ELSE status END WHERE notification_id = ? AND status <> 'SENT'")
                .setParameter(1, error.length() > 500 ? error.substring(0, 500) : error).setParameter(2, last)
                .setParameter(3, id).executeUpdate();
    }

    public Optional<Notification> find(UUID id) {
        List<?> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM notifications WHERE notification_id = ?")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(row -> notification((Object[]) row));
    }

    public List<Notification> ofOrder(UUID orderId) {
        List<Notification> notifications = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT " + COLUMNS + " FROM notifications WHERE order_id = ?"
                + " ORDER BY created_at").setParameter(1, orderId).getResultList()) {
            notifications.add(notification((Object[]) row));
        }
        return notifications;
    }

    public Page<Notification> list(String status, PageRequest page) {
        String where = status == null ? "" : " WHERE status = ?";
        var query = em.createNativeQuery("SELECT " + COLUMNS + " FROM notifications" + where
                + " ORDER BY created_at DESC, notification_id DESC LIMIT ? OFFSET ?");
        var count = em.createNativeQuery("SELECT count(*) FROM notifications" + where);
        int next = 1;
        if (status != null) {
            query.setParameter(next, status);
            count.setParameter(next, status);
            next++;
        }
        List<Notification> items = new ArrayList<>();
        for (Object row : query.setParameter(next, page.size()).setParameter(next + 1, page.offset()).getResultList()) {
            items.add(notification((Object[]) row));
        }
        return Page.of(items, page, ((Number) count.getSingleResult()).longValue());
    }

    /**
     * Makes a sent or failed notification go out again through this origin; false when one is on its way already,
     * or when it is an account mail whose link is gone (sent: its token is the customer's to use or ask again).
     */
    public boolean resend(UUID id, String origin) {
        return em.createNativeQuery("UPDATE notifications SET status = 'QUEUED', attempts = 0, last_error = NULL,"
                + " queued_at = now(), origin = ? WHERE notification_id = ? AND status IN ('SENT', 'FAILED')"
                + " AND (order_id IS NOT NULL OR link IS NOT NULL)")
                .setParameter(1, origin).setParameter(2, id).executeUpdate() == 1;
    }

    static Notification notification(Object[] row) {
        return new Notification(SqlValues.uuid(row[0]), SqlValues.uuid(row[1]), SqlValues.uuid(row[12]), (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], (String) row[6], ((Number) row[7]).intValue(), (String) row[8],
                SqlValues.instant(row[9]), SqlValues.instant(row[10]), SqlValues.instant(row[11]));
    }
}
