package com.boxoffice.account.control;

import com.boxoffice.platform.database.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The rows of sign-ins with a provider: an attempt between the redirect and the callback (taken once, whatever
 * comes of it), and the hand-over code of a finished one (redeemed once). Secrets are stored as hashes.
 */
@ApplicationScoped
@Transactional
public class SignInAttempts {

    /** What the callback needs of the attempt it continues. */
    public record Attempt(String nonce, String codeVerifier, String browserHash, String bindingHash, String returnTo,
                          boolean expired) {
    }

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    public void save(String state, String nonce, String codeVerifier, String browser, String binding, String returnTo,
                     Instant expiresAt) {
        em.createNativeQuery("INSERT INTO oidc_sign_ins (state_hash, provider, nonce, code_verifier, browser_hash,"
                        + " binding_hash, return_to, expires_at) VALUES (?, 'google', ?, ?, ?, ?, ?, ?)")
                .setParameter(1, SecretTokens.hash(state)).setParameter(2, nonce).setParameter(3, codeVerifier)
                .setParameter(4, SecretTokens.hash(browser)).setParameter(5, binding == null ? null : SecretTokens.hash(binding))
                .setParameter(6, returnTo).setParameter(7, Timestamp.from(expiresAt)).executeUpdate();
    }

    /** The attempt of this state, which no later callback can use again. */
    public Optional<Attempt> take(String state) {
        List<?> rows = em.createNativeQuery("DELETE FROM oidc_sign_ins WHERE state_hash = ?"
                        + " RETURNING nonce, code_verifier, browser_hash, binding_hash, return_to, expires_at < now()")
                .setParameter(1, SecretTokens.hash(state)).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] values = (Object[]) row;
            return new Attempt((String) values[0], (String) values[1], (String) values[2], (String) values[3],
                    (String) values[4], Boolean.TRUE.equals(values[5]));
        });
    }

    /** A code that hands the signed-in account to the UI within the minute, to the page that began the sign-in. */
    public String handOver(UUID userId, String bindingHash, Instant expiresAt) {
        String code = SecretTokens.newToken();
        em.createNativeQuery("INSERT INTO sign_in_handoffs (code_hash, user_id, binding_hash, expires_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, SecretTokens.hash(code)).setParameter(2, userId).setParameter(3, bindingHash)
                .setParameter(4, Timestamp.from(expiresAt)).executeUpdate();
        return code;
    }

    /**
     * The account a hand-over code signs in, once, when shown with the secret of the page that began the sign-in
     * (or none, when none was given): a code someone else's sign-in produced is useless in this page.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> redeem(String code, String binding) {
        List<?> rows = em.createNativeQuery("DELETE FROM sign_in_handoffs WHERE code_hash = ? AND expires_at > now()"
                        + " AND binding_hash IS NOT DISTINCT FROM ? RETURNING user_id").setParameter(1, SecretTokens.hash(code))
                .setParameter(2, binding == null ? null : SecretTokens.hash(binding)).getResultList();
        return rows.stream().findFirst().map(SqlValues::uuid);
    }

    public int forgetExpired() {
        return em.createNativeQuery("DELETE FROM oidc_sign_ins WHERE expires_at < now()").executeUpdate()
                + em.createNativeQuery("DELETE FROM sign_in_handoffs WHERE expires_at < now()").executeUpdate();
    }
}
