package com.boxoffice.notification.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends mail through the SMTP server of {@code BOXOFFICE_SMTP_HOST}/{@code PORT} (optional user, password,
 * STARTTLS or TLS), over one kept connection per sending thread. Without a host, a message is logged instead of
 * sent (development machines).
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    public enum Channel {
        SMTP, LOG
    }

    @Inject
    @ConfigProperty(name = "boxoffice.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "boxoffice.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "boxoffice.smtp.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "boxoffice.smtp.password")
    Optional<String> password;

    /** STARTTLS (upgrade a plain connection, usually port 587), required when on. */
    @Inject
    @ConfigProperty(name = "boxoffice.smtp.starttls", defaultValue = "false")
    boolean starttls;

    /** TLS from the first byte (usually port 465). */
    @Inject
    @ConfigProperty(name = "boxoffice.smtp.tls", defaultValue = "false")
    boolean tls;

    @Inject
    @ConfigProperty(name = "boxoffice.smtp.timeout-ms", defaultValue = "10000")
    int timeoutMillis;

    @Inject
    @ConfigProperty(name = "boxoffice.mail.from", defaultValue = "Boxoffice <tickets@boxoffice.local>")
    String from;

    private Session session;
    private final ThreadLocal<Transport> connections = new ThreadLocal<>();
    private final Set<Transport> open = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void connect() {
        Properties properties = new Properties();
        host.filter(h -> !h.isBlank()).ifPresent(h -> properties.put("mail.smtp.host", h));
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", Integer.toString(timeoutMillis));
        properties.put("mail.smtp.timeout", Integer.toString(timeoutMillis));
        properties.put("mail.smtp.writetimeout", Integer.toString(timeoutMillis));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        properties.put("mail.smtp.starttls.required", Boolean.toString(starttls));
        properties.put("mail.smtp.ssl.enable", Boolean.toString(tls));
        Authenticator authenticator = null;
        if (username.isPresent()) {
            properties.put("mail.smtp.auth", "true");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(username.get(), password.orElse(""));
                }
            };
        }
        session = Session.getInstance(properties, authenticator);
    }

    /** A message whose Message-ID is fixed, so that a copy that is somehow sent twice reads as one. */
    public MimeMessage newMessage(String messageId) throws MessagingException {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(from);
        return message;
    }

    public Channel send(MimeMessage message) throws MessagingException {
        if (host.filter(h -> !h.isBlank()).isEmpty()) {
            LOG.info("No SMTP server configured; not mailed: \"" + message.getSubject() + "\" to "
                    + String.join(", ", java.util.Arrays.stream(message.getAllRecipients()).map(Object::toString).toList()));
            return Channel.LOG;
        }
        message.saveChanges();
        Transport transport = connection();
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException | RuntimeException e) {
            drop(transport); // in an unknown state: the next mail opens a new one
            throw e;
        }
        return Channel.SMTP;
    }

    /**
     * This thread's connection to the SMTP server, opened once and kept while the server keeps it (asked with a
     * NOOP before each mail): a sale's mails do not each pay for a connection, a greeting and a farewell.
     */
    private Transport connection() throws MessagingException {
        Transport transport = connections.get();
        if (transport != null && transport.isConnected()) {
            return transport;
        }
        if (transport != null) {
            drop(transport);
        }
        transport = session.getTransport("smtp");
        transport.connect();
        connections.set(transport);
        open.add(transport);
        return transport;
    }

    private void drop(Transport transport) {
        connections.remove();
        open.remove(transport);
        try {
            transport.close();
        } catch (MessagingException | RuntimeException e) {
            // gone already
        }
    }

    @PreDestroy
    void closeConnections() {
        for (Transport transport : open) {
            try {
                transport.close();
            } catch (MessagingException | RuntimeException e) {
                // gone already
            }
        }
        open.clear();
    }
}
