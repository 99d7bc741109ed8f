package com.boxoffice.notification.control;

import jakarta.annotation.PostConstruct;
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
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends mail through the SMTP server of {@code BOXOFFICE_SMTP_HOST}/{@code PORT} (optional user, password,
 * STARTTLS or TLS). Without a host, a message is logged instead of sent (development machines).
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
        Transport.send(message);
        return Channel.SMTP;
    }
}
