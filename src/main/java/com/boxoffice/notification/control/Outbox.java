package com.boxoffice.notification.control;

import com.boxoffice.account.control.AccountMail;
import com.boxoffice.notification.control.MailsInFlight.Outgoing;
import com.boxoffice.notification.control.NotificationRecords.Kind;
import com.boxoffice.ordering.control.OrderCancelled;
import com.boxoffice.ordering.control.OrderConfirmed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Order events (and account mails) become notification rows in the order's own transaction (no order confirmed or cancelled
 * without its message, even if the server stops right after the commit), and are relayed to the queue
 * once that transaction committed, with what the mail says when the event carries it.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    NotificationRecords records;

    @Inject
    NotificationRelay relay;

    void confirmed(@Observes OrderConfirmed event) {
        records.add(event.orderId(), Kind.ORDER_CONFIRMED, event.customerEmail(), relay.origin());
    }

    void cancelled(@Observes OrderCancelled event) {
        records.add(event.orderId(), Kind.ORDER_CANCELLED, event.customerEmail(), relay.origin());
    }

    void relayConfirmed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderConfirmed event) {
        relay.relaySoon(NotificationRecords.idOf(event.orderId(), Kind.ORDER_CONFIRMED),
                new Outgoing(Kind.ORDER_CONFIRMED, event.customerEmail(), event.receipt(), null));
    }

    void relayCancelled(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderCancelled event) {
        relay.relaySoon(NotificationRecords.idOf(event.orderId(), Kind.ORDER_CANCELLED),
                new Outgoing(Kind.ORDER_CANCELLED, event.customerEmail(), null, null));
    }

    void accountMail(@Observes AccountMail mail) {
        records.addAccountMail(mail.mailId(), mail.userId(), kindOf(mail), mail.recipient(), mail.link(), relay.origin());
    }

    void relayAccountMail(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountMail mail) {
        relay.relaySoon(mail.mailId(), new Outgoing(kindOf(mail), mail.recipient(), null, mail.link()));
    }

    private static Kind kindOf(AccountMail mail) {
        return Kind.valueOf(mail.purpose().name());
    }
}
