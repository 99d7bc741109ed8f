package com.boxoffice.notification.control;

import com.boxoffice.platform.paging.Page;
import com.boxoffice.platform.paging.PageRequest;
import com.boxoffice.platform.database.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
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
        ORDER_CONFIRMED, ORDER_CANCELLED
    }

    private static final String COLUMNS = "notification_id, order_id, kind, recipient, status, channel, subject,"
            + " attempts, last_error, created_at, queued_at, sent_at";

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    /** In the order's transaction; a second event of the same kind for the order adds nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(UUID orderId, Kind kind, String recipient) {
        em.createNativeQuery("INSERT INTO notifications (notification_id, order_id, kind, recipient, status)"
                        + " VALUES (?, ?, ?, ?, 'PENDING') ON CONFLICT (order_id, kind) DO NOTHING")
                .setParameter(1, idOf(orderId, kind)).setParameter(2, orderId).setParameter(3, kind.name())
                .setParameter(4, recipient).executeUpdate();
    }

    /** An order's notification of a kind has an id known without asking the database (one per order and kind). */
    public static UUID idOf(UUID orderId, Kind kind) {
        return UUID.nameUUIDFromBytes(("notification " + orderId + " " + kind).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Notifications to hand to the queue (again): written but never relayed within the grace period (the
     * server stopped after the commit), or queued long ago and neither sent nor failed (the message was lost
     * with a server's file store). A duplicate message is harmless: the notifier sends each one once.
     */
    public List<UUID> unrelayed(Instant writtenBefore, Instant queuedBefore) {
        List<UUID> ids = new ArrayList<>();
        for (Object id : em.createNativeQuery("SELECT notification_id FROM notifications WHERE (status = 'PENDING'"
                        + " AND created_at < ?) OR (status = 'QUEUED' AND queued_at < ?) ORDER BY created_at LIMIT 200")
                .setParameter(1, Timestamp.from(writtenBefore)).setParameter(2, Timestamp.from(queuedBefore))
                .getResultList()) {
            ids.add(SqlValues.uuid(id));
        }
        return ids;
    }

    public void queued(UUID id) {
        em.createNativeQuery("UPDATE notifications SET status = 'QUEUED', queued_at = now() WHERE notification_id = ?"
                + " AND status IN ('PENDING', 'QUEUED')").setParameter(1, id).executeUpdate();
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

    /** Makes a sent or failed notification go out again; false when one is on its way already. */
    public boolean resend(UUID id) {
        return em.createNativeQuery("UPDATE notifications SET status = 'PENDING', attempts = 0, last_error = NULL,"
                + " queued_at = NULL WHERE notification_id = ? AND status IN ('SENT', 'FAILED')")
                .setParameter(1, id).executeUpdate() == 1;
    }

    static Notification notification(Object[] row) {
        return new Notification(SqlValues.uuid(row[0]), SqlValues.uuid(row[1]), (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], (String) row[6], ((Number) row[7]).intValue(), (String) row[8],
                SqlValues.instant(row[9]), SqlValues.instant(row[10]), SqlValues.instant(row[11]));
    }
}
