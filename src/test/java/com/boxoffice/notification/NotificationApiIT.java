package com.boxoffice.notification;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.support.Api.Reply;
import com.boxoffice.support.Database;
import com.boxoffice.support.Deployments;
import com.boxoffice.support.Mailbox;
import com.boxoffice.support.Purchases;
import com.boxoffice.support.Shows;
import com.boxoffice.support.Users;
import com.boxoffice.support.Users.SignedIn;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Confirmation and cancellation emails through the queue and the notifier, to a real SMTP server. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationApiIT {

    private SignedIn customer;
    private String email;
    private String show;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeEach
    void customerAndShow() {
        customer = Users.newUser();
        email = "mail-" + UUID.randomUUID() + "@example.com";
        show = Shows.fresh();
    }

    @AfterEach
    void smtpUp() {
        Mailbox.start();
    }

    @Test
    void aConfirmedOrderIsMailedOnceWithItsTicketsAndQrCodes() throws Exception {
        JsonObject order = Purchases.buyFor(email, customer, show, "A1", "K3").object();
        List<MimeMessage> mails = Mailbox.await(email, 1, 15_000);
        assertEquals(1, mails.size());
        MimeMessage mail = mails.get(0);
        assertTrue(mail.getSubject().startsWith("Your tickets: Hold Test"), mail.getSubject());

        Parts parts = Parts.of(mail);
        for (String body : List.of(parts.text, parts.html)) {
            assertTrue(body.contains("A1, K3"), body);
            assertTrue(body.contains("INR 450.00"), body);
            assertTrue(body.contains("1 Test Road"), body);
            for (JsonObject ticket : order.getJsonArray("tickets").getValuesAs(JsonObject.class)) {
                assertTrue(body.contains(ticket.getString("code")), body);
            }
        }
        assertEquals(2, parts.images.size(), "one QR image per ticket");
        for (String contentId : parts.imageIds) {
            assertTrue(parts.html.contains("cid:" + contentId.replaceAll("[<>]", "")), contentId);
        }

        Mailbox.awaitExactly(email, 1, Duration.ofSeconds(15)); // sent once
        Reply mine = Users.as(customer, "GET", "/api/orders/" + order.getString("orderId") + "/notifications", null);
        assertEquals(200, mine.status(), mine.body());
        JsonObject status = mine.array().getJsonObject(0);
        assertEquals("SENT", status.getString("status"));
        assertEquals(email, status.getString("recipient"));
        assertEquals(404, Users.as(Users.newUser(), "GET", "/api/orders/" + order.getString("orderId") + "/notifications",
                null).status());
        JsonObject record = notificationOf(order.getString("orderId"), "SENT");
        assertEquals("ORDER_CONFIRMED", record.getString("kind"));
        assertEquals("SMTP", record.getString("channel"));
        assertEquals(1, record.getInt("attempts"));
    }

    @Test
    void aCancellationIsMailedToo() throws Exception {
        String orderId = Purchases.buyFor(email, customer, show, "B1").object().getString("orderId");
        assertEquals(200, Users.as(customer, "POST", "/api/orders/" + orderId + "/cancel", null).status());
        List<MimeMessage> mails = Mailbox.await(email, 2, 15_000);
        assertEquals(2, mails.size());
        MimeMessage cancelled = mails.stream().filter(m -> subject(m).startsWith("Cancelled")).findFirst().orElseThrow();
        assertTrue(Parts.of(cancelled).text.contains("INR 150.00 is refunded"), Parts.of(cancelled).text);
    }

    @Test
    void whileSmtpIsDownTheMailIsRetriedAndSentOnceWhenItIsBack() throws Exception {
        Mailbox.stop();
        String orderId = Purchases.buyFor(email, customer, show, "C1").object().getString("orderId");
        await("a delivery failed").dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(10))
                .until(() -> notificationOf(orderId, null).getInt("attempts") >= 1);
        Mailbox.start();
        Mailbox.awaitExactly(email, 1, Duration.ofSeconds(15)); // delivered once
        assertEquals("SENT", notificationOf(orderId, null).getString("status"));
    }

    @Test
    void aMailThatKeepsFailingIsMarkedFailedAndAnAdminCanSendItAgain() throws Exception {
        Mailbox.stop();
        String orderId = Purchases.buyFor(email, customer, show, "D1").object().getString("orderId");
        await("the mail marked FAILED").dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(20))
                .until(() -> "FAILED".equals(notificationOf(orderId, null).getString("status")));
        JsonObject failed = notificationOf(orderId, "FAILED");
        assertEquals(4, failed.getInt("attempts"), "every delivery of the message was tried");
        Mailbox.start();

        SignedIn admin = Users.admin();
        Reply retried = Users.as(admin, "POST", "/api/admin/notifications/" + failed.getString("notificationId") + "/retry", null);
        assertEquals(202, retried.status(), retried.body());
        assertEquals(1, Mailbox.await(email, 1, 15_000).size());
        assertEquals("SENT", notificationOf(orderId, null).getString("status"));
        assertEquals(404, Users.as(admin, "POST", "/api/admin/notifications/" + UUID.randomUUID() + "/retry", null).status());
    }

    @Test
    void aNotificationWrittenButNeverRelayedIsSentByTheSweep() throws Exception {
        // as if the server stopped right after committing the order, before handing the message to the queue
        String orderId = Purchases.buyFor(email, customer, show, "E1").object().getString("orderId");
        assertEquals(1, Mailbox.await(email, 1, 15_000).size());
        Database.count("WITH added AS (INSERT INTO notifications (notification_id, order_id, kind, recipient, status)"
                + " VALUES (gen_random_uuid(), ?::uuid, 'ORDER_CANCELLED', ?, 'PENDING') RETURNING 1) SELECT count(*) FROM added",
                orderId, email);
        assertEquals(2, Mailbox.await(email, 2, 15_000).size());
    }

    @Test
    void theNotificationsOfAStoreLostWithItsServerAreSentByAnotherWithinAMinute() throws Exception {
        String orderId = Purchases.buyFor(email, customer, show, "E2").object().getString("orderId");
        assertEquals(1, Mailbox.await(email, 1, 15_000).size());
        String lost = "lost-" + UUID.randomUUID() + ":/store";
        String alive = "alive-" + UUID.randomUUID() + ":/store";
        String othersCustomer = Users.uniqueEmail();
        String othersOrderId = Purchases.buyFor(othersCustomer, customer, show, "E3").object().getString("orderId");
        assertEquals(1, Mailbox.await(othersCustomer, 1, 15_000).size());
        Database.count("WITH s AS (INSERT INTO message_stores (origin, seen_at) VALUES (?, now() - interval '50 seconds'),"
                + " (?, now()) RETURNING 1) SELECT count(*) FROM s", lost, alive);
        // handed to those stores 50 seconds ago, never sent: one store went silent then, the other is still there
        Database.count("WITH n AS (INSERT INTO notifications (notification_id, order_id, kind, recipient, status, origin,"
                + " created_at, queued_at) VALUES (gen_random_uuid(), ?::uuid, 'ORDER_CANCELLED', ?, 'QUEUED', ?,"
                + " now() - interval '50 seconds', now() - interval '50 seconds'), (gen_random_uuid(), ?::uuid,"
                + " 'ORDER_CANCELLED', ?, 'QUEUED', ?, now() - interval '50 seconds', now() - interval '50 seconds')"
                + " RETURNING 1) SELECT count(*) FROM n", orderId, email, lost, othersOrderId, othersCustomer, alive);
        assertEquals(2, Mailbox.await(email, 2, 15_000).size(), "the lost store's notification, handed over again");
        assertEquals(1, Mailbox.to(othersCustomer).size(), "a live store's message is its own to deliver");
        assertEquals(1, Database.count("SELECT count(*) FROM notifications WHERE recipient = ? AND status = 'QUEUED'"
                + " AND origin = ?", othersCustomer, alive));
        Database.count("WITH d AS (DELETE FROM notifications WHERE origin = ? RETURNING 1) SELECT count(*) FROM d", alive);
        Mailbox.awaitExactly(email, 2, Mailbox.DUPLICATE_WINDOW);
    }

    @Test
    void adminsListNotificationsByStatus() {
        SignedIn admin = Users.admin();
        Reply sent = Users.as(admin, "GET", "/api/admin/notifications?status=sent&size=5", null);
        assertEquals(200, sent.status(), sent.body());
        assertTrue(sent.object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(n -> n.getString("status").equals("SENT")));
        assertEquals(400, Users.as(admin, "GET", "/api/admin/notifications?status=LOST", null).status());
        assertEquals(403, Users.as(customer, "GET", "/api/admin/notifications", null).status());
    }

    private static JsonObject notificationOf(String orderId, String status) {
        Reply list = Users.as(Users.admin(), "GET", "/api/admin/notifications?size=100"
                + (status == null ? "" : "&status=" + status), null);
        assertEquals(200, list.status(), list.body());
        return list.object().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(n -> orderId.equals(n.getString("orderId", null))).findFirst()
                .orElseThrow(() -> new AssertionError("no notification of " + orderId + " in " + list.body()));
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text and HTML bodies and the inline images of a message. */
    private record Parts(String text, String html, List<BodyPart> images, List<String> imageIds) {

        static Parts of(MimeMessage message) throws Exception {
            List<BodyPart> leaves = new ArrayList<>();
            collect(message.getContent(), leaves);
            String text = null;
            String html = null;
            List<BodyPart> images = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (BodyPart part : leaves) {
                if (part.isMimeType("text/plain")) {
                    text = (String) part.getContent();
                } else if (part.isMimeType("text/html")) {
                    html = (String) part.getContent();
                } else if (part.isMimeType("image/png")) {
                    assertEquals(Part.INLINE, part.getDisposition());
                    images.add(part);
                    ids.add(part.getHeader("Content-ID")[0]);
                }
            }
            return new Parts(text, html, images, ids);
        }

        private static void collect(Object content, List<BodyPart> leaves) throws Exception {
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    if (part.getContent() instanceof Multipart nested) {
                        collect(nested, leaves);
                    } else {
                        leaves.add(part);
                    }
                }
            }
        }
    }
}
