package com.boxoffice.account.control;

import java.util.UUID;

/**
 * An email to an account's owner with a single-use link, fired in the transaction that issued the link's
 * token: the notification outbox keeps it with that transaction and sends it once after the commit.
 */
public record AccountMail(UUID mailId, UUID userId, Purpose purpose, String recipient, String link) {

    public enum Purpose {
        EMAIL_VERIFICATION, PASSWORD_RESET
    }
}
