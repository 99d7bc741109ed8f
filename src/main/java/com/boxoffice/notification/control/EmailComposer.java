package com.boxoffice.notification.control;

import com.boxoffice.notification.control.MailsInFlight.Outgoing;
import com.boxoffice.notification.control.NotificationRecords.Kind;
import com.boxoffice.ordering.control.OrderDetails;
import com.boxoffice.ordering.control.OrderDetails.IssuedTicket;
import com.boxoffice.ordering.control.QrCodes;
import com.boxoffice.platform.web.Markup;
import com.boxoffice.ordering.control.OrderReceipts.Receipt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * An account's email (a verification or password reset link), or the customer's order email: plain text and HTML (movie, theatre and address, show time in the theatre's zone,
 * seats, amount, ticket codes) with each ticket's QR code as an inline image; or the cancellation notice.
 */
@ApplicationScoped
public class EmailComposer {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, h:mm a z", Locale.ENGLISH);

    @Inject
    Mailer mailer;

    @Inject
    ZoneId businessZone;

    public MimeMessage compose(UUID notificationId, Outgoing outgoing) throws MessagingException {
        MimeMessage message = mailer.newMessage("<" + notificationId + "@boxoffice>");
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(outgoing.recipient()));
        message.setHeader("X-Boxoffice-Notification", outgoing.kind().name());
        if (outgoing.kind().aboutAccount()) {
            return accountMail(message, outgoing.kind(), outgoing.link());
        }
        return orderMail(message, outgoing.kind(), outgoing.receipt());
    }

    private MimeMessage orderMail(MimeMessage message, Kind kind, Receipt receipt) throws MessagingException {
        boolean confirmed = kind == Kind.ORDER_CONFIRMED;
        message.setSubject((confirmed ? "Your tickets: " : "Cancelled and refunded: ") + receipt.show().movieTitle()
                + ", " + when(receipt), "UTF-8");

        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text(confirmed ? confirmedText(receipt) : cancelledText(receipt), "plain"));
        alternative.addBodyPart(text(confirmed ? confirmedHtml(receipt) : cancelledHtml(receipt), "html"));
        MimeMultipart related = new MimeMultipart("related");
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        related.addBodyPart(body);
        if (confirmed) {
            for (IssuedTicket ticket : receipt.order().tickets()) {
                MimeBodyPart image = new MimeBodyPart();
                image.setDataHandler(new jakarta.activation.DataHandler(
                        new ByteArrayDataSource(QrCodes.png(ticket.code()), "image/png")));
                image.setContentID("<" + contentId(ticket) + ">");
                image.setDisposition(Part.INLINE);
                image.setFileName("ticket-" + ticket.seatId() + ".png");
                related.addBodyPart(image);
            }
        }
        message.setContent(related);
        message.saveChanges();
        return message;
    }

    private MimeMessage accountMail(MimeMessage message, Kind kind, String link) throws MessagingException {
        boolean reset = kind == Kind.PASSWORD_RESET;
        message.setSubject(reset ? "Reset your Boxoffice password" : "Confirm your email address for Boxoffice", "UTF-8");
        String text = reset
                ? "Hello,\n\nSomeone (we hope you) asked to reset the password of your Boxoffice account. Choose a new"
                        + " password here within 30 minutes:\n\n" + link + "\n\nIf it was not you, ignore this email:"
                        + " your password stays as it is.\n\nBoxoffice\n"
                : "Hello,\n\nWelcome to Boxoffice. Please confirm that this is your email address (the link works for"
                        + " 7 days):\n\n" + link + "\n\nIf you did not sign up, ignore this email.\n\nBoxoffice\n";
        String action = reset ? "Choose a new password" : "Confirm my email address";
        String html = "<!doctype html><html><body style=\"font-family:sans-serif\"><p>"
                + Markup.escape(text.substring(0, text.indexOf(link))).replace("\n", "<br>")
                + "<a href=\"" + Markup.escape(link) + "\">" + action + "</a>"
                + Markup.escape(text.substring(text.indexOf(link) + link.length())).replace("\n", "<br>")
                + "</p></body></html>";
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text(text, "plain"));
        alternative.addBodyPart(text(html, "html"));
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    private String confirmedText(Receipt receipt) {
        OrderDetails order = receipt.order();
        StringBuilder text = new StringBuilder()
                .append("Hello ").append(order.customer().name()).append(",\n\n")
                .append("Your booking is confirmed.\n\n")
                .append(receipt.show().movieTitle()).append('\n')
                .append(when(receipt)).append('\n')
                .append(receipt.show().theatreName()).append(", ").append(receipt.show().screenName()).append('\n')
                .append(receipt.show().theatreAddress()).append(", ").append(receipt.show().city()).append("\n\n")
                .append("Seats: ").append(String.join(", ", order.seatIds())).append('\n')
                .append("Amount paid: ").append(order.total().currency()).append(' ').append(order.total().amount()).append('\n')
                .append("Order: ").append(order.orderId()).append("\n\nTickets (show the code or its QR code at the door):\n");
        order.tickets().forEach(t -> text.append("  ").append(t.seatId()).append("  ").append(t.code()).append('\n'));
        return text.append("\nEnjoy the show!\nBoxoffice\n").toString();
    }

    private String confirmedHtml(Receipt receipt) {
        OrderDetails order = receipt.order();
        StringBuilder html = new StringBuilder("<!doctype html><html><body style=\"font-family:sans-serif\">")
                .append("<p>Hello ").append(Markup.escape(order.customer().name())).append(",</p>")
                .append("<p>Your booking is confirmed.</p>")
                .append("<h2>").append(Markup.escape(receipt.show().movieTitle())).append("</h2>")
                .append("<p><strong>").append(Markup.escape(when(receipt))).append("</strong><br>")
                .append(Markup.escape(receipt.show().theatreName())).append(", ").append(Markup.escape(receipt.show().screenName()))
                .append("<br>").append(Markup.escape(receipt.show().theatreAddress())).append(", ")
                .append(Markup.escape(receipt.show().city())).append("</p>")
                .append("<p>Seats: <strong>").append(Markup.escape(String.join(", ", order.seatIds()))).append("</strong><br>")
                .append("Amount paid: ").append(order.total().currency()).append(' ').append(order.total().amount()).append("<br>")
                .append("Order: ").append(order.orderId()).append("</p><table>");
        for (IssuedTicket ticket : order.tickets()) {
            html.append("<tr><td><img src=\"cid:").append(contentId(ticket)).append("\" width=\"160\" height=\"160\" alt=\"")
                    .append(Markup.escape(ticket.code())).append("\"></td><td>Seat <strong>").append(Markup.escape(ticket.seatId()))
                    .append("</strong><br><code>").append(Markup.escape(ticket.code())).append("</code></td></tr>");
        }
        return html.append("</table><p>Enjoy the show!<br>Boxoffice</p></body></html>").toString();
    }

    private String cancelledText(Receipt receipt) {
        OrderDetails order = receipt.order();
        return "Hello " + order.customer().name() + ",\n\nYour booking for " + receipt.show().movieTitle() + " on "
                + when(receipt) + " at " + receipt.show().theatreName() + " (seats " + String.join(", ", order.seatIds())
                + ") is cancelled. " + order.total().currency() + " " + order.total().amount()
                + " is refunded to your card.\n\nOrder: " + order.orderId() + "\n\nBoxoffice\n";
    }

    private String cancelledHtml(Receipt receipt) {
        return "<!doctype html><html><body style=\"font-family:sans-serif\"><p>"
                + Markup.escape(cancelledText(receipt)).replace("\n", "<br>") + "</p></body></html>";
    }

    private String when(Receipt receipt) {
        return WHEN.format(receipt.show().startTime().atZone(businessZone));
    }

    private static String contentId(IssuedTicket ticket) {
        return "ticket-" + ticket.ticketId() + "@boxoffice";
    }

    private static MimeBodyPart text(String content, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, "UTF-8", subtype);
        return part;
    }
}
