package com.boxoffice.account.control;

import com.boxoffice.account.control.AccountMail.Purpose;
import com.boxoffice.platform.database.SqlValues;
import com.boxoffice.platform.error.ApiException;
import com.boxoffice.platform.error.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import com.boxoffice.platform.web.PublicUrl;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Single-use tokens mailed to an account's owner (password reset, email verification), stored as their hash.
 * Issuing one writes it and its email in the caller's transaction; redeeming one uses it up, once.
 */
@ApplicationScoped
public class OneTimeTokens {

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    @Inject
    Event<AccountMail> mails;

    @Inject
    Clock clock;

    @Inject
    PublicUrl publicUrl;

    /** Issues a token for the purpose and mails its link ({@code <public URL>/#/<page>?token=...}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void mail(UUID userId, String recipient, Purpose purpose, Duration lifetime, String page) {
        String token = SecretTokens.newToken();
        em.createNativeQuery("INSERT INTO account_tokens (token_hash, user_id, purpose, expires_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, SecretTokens.hash(token)).setParameter(2, userId).setParameter(3, purpose.name())
                .setParameter(4, Timestamp.from(clock.instant().plus(lifetime))).executeUpdate();
        String link = publicUrl.base() + "/#/" + page + "?token=" + token;
        mails.fire(new AccountMail(UUID.randomUUID(), userId, purpose, recipient, link));
    }

    /** Uses the token up and answers whose it was; unknown, used, expired or of another purpose: INVALID_TOKEN. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID redeem(String token, Purpose purpose) {
        List<?> owner = em.createNativeQuery("UPDATE account_tokens SET used_at = now() WHERE token_hash = ?"
                        + " AND purpose = ? AND used_at IS NULL AND expires_at > now() RETURNING user_id")
                .setParameter(1, SecretTokens.hash(token)).setParameter(2, purpose.name()).getResultList();
        if (owner.isEmpty()) {
            throw invalid();
        }
        return SqlValues.uuid(owner.get(0));
    }

    /** Whose token this is, used or not. */
    public Optional<UUID> owner(String token) {
        List<?> owner = em.createNativeQuery("SELECT user_id FROM account_tokens WHERE token_hash = ?")
                .setParameter(1, SecretTokens.hash(token)).getResultList();
        return owner.stream().findFirst().map(SqlValues::uuid);
    }

    static ApiException invalid() {
        return new ApiException(ErrorCode.INVALID_TOKEN, "This link is not valid (any more): ask for a new one");
    }

    /** Makes the account's other unused tokens of the purpose useless (a reset done, an address verified). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void useUpAll(UUID userId, Purpose purpose) {
        em.createNativeQuery("UPDATE account_tokens SET used_at = now() WHERE user_id = ? AND purpose = ? AND used_at IS NULL")
                .setParameter(1, userId).setParameter(2, purpose.name()).executeUpdate();
    }

    @Transactional
    public int forgetExpired() {
        return em.createNativeQuery("DELETE FROM account_tokens WHERE expires_at < now() - interval '1 day'").executeUpdate();
    }
}
