package com.boxoffice.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

    public static synchronized List<MimeMessage> to(String recipient) {
        List<MimeMessage> all = new ArrayList<>(EARLIER);
        if (server != null) {
            all.addAll(Arrays.asList(server.getReceivedMessages()));
        }
        return all.stream().filter(message -> addressedTo(message, recipient)).toList();
    }

    /** Waits up to the timeout for {@code count} messages to the recipient, then answers what arrived. */
    public static List<MimeMessage> await(String recipient, int count, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        List<MimeMessage> messages = to(recipient);
        while (messages.size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            messages = to(recipient);
        }
        return messages;
    }

    private static boolean addressedTo(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
