package com.boxoffice.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The SMTP server the test server mails to (GreenMail, in this JVM, with POP3 for in-server tests to read
 * it). Tests may stop it (SMTP down) and start it again; what it received before is remembered.
 */
public final class Mailbox {

    private static final List<MimeMessage> EARLIER = new ArrayList<>();
    private static GreenMail server;

    private Mailbox() {
    }

    public static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup[] {
                    new ServerSetup(Integer.getInteger("it.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(Integer.getInteger("it.pop3.port", 3110), "127.0.0.1", ServerSetup.PROTOCOL_POP3)});
            server.start();
        }
    }

    public static synchronized void stop() {
        if (server != null) {
            EARLIER.addAll(Arrays.asList(server.getReceivedMessages()));
            server.stop();
            server = null;
        }
    }

    /** The order emails (tickets, cancellations) the recipient got; account emails are {@link #accountMailsTo}. */
    public static synchronized List<MimeMessage> to(String recipient) {
        return all(recipient).stream().filter(message -> !aboutAccount(message)).toList();
    }

    /** The password reset and email verification emails the recipient got. */
    public static synchronized List<MimeMessage> accountMailsTo(String recipient) {
        return all(recipient).stream().filter(Mailbox::aboutAccount).toList();
    }

    /** Waits up to the timeout for {@code count} account emails to the recipient, then answers what arrived. */
    public static List<MimeMessage> awaitAccountMails(String recipient, int count, Duration timeout) {
        try {
            waitFor(count + " account mails to " + recipient).atMost(timeout)
                    .until(() -> accountMailsTo(recipient).size() >= count);
        } catch (ConditionTimeoutException e) {
            // answered below: the caller asserts on what did arrive
        }
        return accountMailsTo(recipient);
    }

    /** The link of an account email, from its plain-text part. */
    public static String linkIn(MimeMessage message) {
        try {
            String text = plainText(message);
            java.util.regex.Matcher link = java.util.regex.Pattern.compile("https?://\\S+token=[A-Za-z0-9_-]+").matcher(text);
            if (!link.find()) {
                throw new AssertionError("no link in: " + text);
            }
            return link.group();
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plainText(jakarta.mail.Part part) throws MessagingException, java.io.IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static List<MimeMessage> all(String recipient) {
        List<MimeMessage> all = new ArrayList<>(EARLIER);
        if (server != null) {
            all.addAll(Arrays.asList(server.getReceivedMessages()));
        }
        return all.stream().filter(message -> addressedTo(message, recipient)).toList();
    }

    private static boolean aboutAccount(MimeMessage message) {
        try {
            String[] kind = message.getHeader("X-Boxoffice-Notification");
            return kind != null && (kind[0].equals("EMAIL_VERIFICATION") || kind[0].equals("PASSWORD_RESET"));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * How long "sent once" watches for a second copy after the first arrived: over three times the tests'
     * redelivery delay (1.5 s), so a redelivered or re-relayed message would land inside it.
     */
    public static final Duration DUPLICATE_WINDOW = Duration.ofSeconds(5);

    /** Waits up to the timeout for {@code count} messages to the recipient, then answers what arrived. */
    public static List<MimeMessage> await(String recipient, int count, long timeoutMillis) {
        try {
            waitFor(count + " mails to " + recipient).atMost(Duration.ofMillis(timeoutMillis))
                    .until(() -> to(recipient).size() >= count);
        } catch (ConditionTimeoutException e) {
            // answered below: the caller asserts on what did arrive
        }
        return to(recipient);
    }

    /**
     * Sent once: waits for {@code count} messages to the recipient, then proves that no further one arrives
     * within {@link #DUPLICATE_WINDOW}; fails on a missing or an extra message.
     */
    public static List<MimeMessage> awaitExactly(String recipient, int count, Duration timeout) {
        waitFor(count + " mails to " + recipient).atMost(timeout).until(() -> to(recipient).size() >= count);
        waitFor("no mail to " + recipient + " beyond " + count).during(DUPLICATE_WINDOW)
                .atMost(DUPLICATE_WINDOW.plusSeconds(3)).until(() -> to(recipient).size() == count);
        return to(recipient);
    }

    /**
     * Leaves other threads' exceptions alone: the mail server's own threads fail when a server under test is
     * killed in the middle of a delivery, which some tests do on purpose.
     */
    private static ConditionFactory waitFor(String what) {
        return Awaitility.await(what).dontCatchUncaughtExceptions().pollInterval(Duration.ofMillis(100));
    }

    private static boolean addressedTo(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
