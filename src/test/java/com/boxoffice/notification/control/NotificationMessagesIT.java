package com.boxoffice.notification.control;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.account.control.Accounts;
import com.boxoffice.catalog.control.ShowCatalog;
import com.boxoffice.ordering.entity.Customer;
import com.boxoffice.ordering.control.PaymentMethod;
import com.boxoffice.ordering.control.Checkout;
import com.boxoffice.ordering.control.Orders;
import com.boxoffice.platform.security.Caller;
import com.boxoffice.seating.control.Holds;
import com.boxoffice.support.Deployments;
import com.boxoffice.support.Shows;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, talking to the queue directly: a duplicated message sends no second email, and a
 * poison message ends in the exception destination while the next order's email still goes out. The
 * mailbox is read over POP3 from the test's SMTP server.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationMessagesIT {

    /** As long as the mailbox of the tests over HTTP watches for a second copy (three redelivery delays and more). */
    private static final Duration DUPLICATE_WINDOW = Duration.ofSeconds(5);

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(NotificationMessagesIT.class);
    }

    @Resource(lookup = "jms/boxoffice/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/boxoffice/OrderEvents")
    Queue orderEvents;

    @Resource(lookup = "jms/boxoffice/OrderEventsFailed")
    Queue failedEvents;

    @Resource(lookup = "jdbc/boxoffice")
    DataSource dataSource;

    @Inject
    FailedMessagesGauge failedMessages;

    @Inject
    Holds holds;

    @Inject
    Orders orders;

    @Inject
    Checkout checkout;

    @Inject
    Accounts accounts;

    @Inject
    ShowCatalog shows;

    @Test
    void aDuplicatedMessageSendsNoSecondEmail() throws Exception {
        String email = "dup-" + UUID.randomUUID() + "@example.com";
        UUID orderId = buy(email);
        UUID notification = awaitSent(orderId);
        assertEquals(1, mails(email));

        send(notification.toString());
        send(notification.toString());
        await("the duplicates consumed").atMost(Duration.ofSeconds(15)).until(() -> !inQueue(orderEvents, notification.toString()));
        await("no second email").during(DUPLICATE_WINDOW).atMost(DUPLICATE_WINDOW.plusSeconds(3))
                .until(() -> mails(email) == 1);
        assertEquals(1, attempts(notification), "the duplicates found it sent and did nothing");
    }

    @Test
    void aPoisonMessageGoesToTheExceptionDestinationAndBlocksNothing() throws Exception {
        String poison = "not a notification " + UUID.randomUUID();
        send(poison);
        String email = "after-poison-" + UUID.randomUUID() + "@example.com";
        awaitSent(buy(email));
        assertEquals(1, mails(email));

        await("the poison in the exception destination").atMost(Duration.ofSeconds(30))
                .until(() -> inExceptionDestination(poison));
        assertTrue(failedMessages.depth() >= 1, "the exception destination's depth is a metric for the alert");
    }

    @Test
    void aMessageForANotificationThisDatabaseDoesNotHaveIsDroppedNotFailed() throws Exception {
        String stranger = UUID.randomUUID().toString();
        send(stranger);
        await("consumed").atMost(Duration.ofSeconds(15)).until(() -> !inQueue(orderEvents, stranger));
        await("nothing to send is not a failure to send").during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> !inQueue(failedEvents, stranger));
    }

    private UUID buy(String email) throws Exception {
        String account = "account-" + email; // its verification email goes there, not to the order's address
        Caller caller = new Caller(accounts.register(account, "password1", "Mail", null).userId().toString(), account,
                Set.of("user"));
        UUID showId = Shows.untouched(dataSource);
        String seat = shows.seating(showId).layout().seats().get(0).seatId();
        UUID holdId = holds.create(caller, showId, List.of(seat)).holdId();
        UUID orderId = orders.create(caller, holdId, new Customer("Mail", email, null)).orderId();
        checkout.confirm(caller, orderId, new PaymentMethod("CARD", "tok_visa"));
        return orderId;
    }

    private UUID awaitSent(UUID orderId) {
        return await("an email sent for order " + orderId).atMost(Duration.ofSeconds(15)).until(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                    "SELECT notification_id FROM notifications WHERE order_id = ? AND status = 'SENT'")) {
                s.setObject(1, orderId);
                try (ResultSet row = s.executeQuery()) {
                    return row.next() ? (UUID) row.getObject(1) : null;
                }
            }
        }, java.util.Objects::nonNull);
    }

    private int attempts(UUID notification) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT attempts FROM notifications WHERE notification_id = ?")) {
            s.setObject(1, notification);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private void send(String text) {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer().send(orderEvents, text);
        }
    }

    private boolean inExceptionDestination(String text) throws Exception {
        return inQueue(failedEvents, text);
    }

    private boolean inQueue(Queue queue, String text) throws Exception {
        try (JMSContext context = connectionFactory.createContext(); QueueBrowser browser = context.createBrowser(queue)) {
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements()) {
                Message message = (Message) messages.nextElement();
                if (message instanceof TextMessage textMessage && text.equals(textMessage.getText())) {
                    return true;
                }
            }
            return false;
        }
    }

    /** How many mails the test's SMTP server holds for the address (GreenMail logs each address in with itself). */
    private static int mails(String email) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.pop3.host", "127.0.0.1");
        properties.put("mail.pop3.port", System.getProperty("it.pop3.port", "3110"));
        Store store = Session.getInstance(properties).getStore("pop3");
        store.connect(email, email);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                return inbox.getMessageCount();
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }
}
