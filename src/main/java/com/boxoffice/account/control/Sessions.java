package com.boxoffice.account.control;

import com.boxoffice.account.entity.User;
import com.boxoffice.platform.database.SqlValues;
import com.boxoffice.platform.error.ApiException;
import com.boxoffice.platform.error.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sessions: a short-lived access token (a signed JWT, {@code BOXOFFICE_JWT_TTL}) and an opaque refresh token
 * stored as its hash, single use and rotated on every refresh. A refresh token presented a second time means
 * two parties hold it: the whole family (the sign-in and every token rotated from it) is revoked, so whoever
 * holds the latest one must sign in again (OAuth 2.0 Security BCP, refresh token rotation).
 */
@ApplicationScoped
public class Sessions {

    private static final Logger LOG = Logger.getLogger(Sessions.class.getName());

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    @Inject
    TokenIssuer tokens;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "boxoffice.auth.refresh-ttl", defaultValue = "2592000")
    long refreshTtlSeconds;

    /** A new session (a new family) for the account. */
    @Transactional
    public SignIn startNew(User user) {
        return issue(user, UUID.randomUUID());
    }

    /**
     * Rotates a refresh token: the presented one is used up and a new one of its family is issued with a new
     * access token. A token used already revokes its family (committed, then refused); unknown, expired or
     * revoked ones are refused.
     */
    @Transactional(dontRollbackOn = ApiException.class)
    public SignIn refresh(String refreshToken) {
        // a token of a revoked family counts as revoked itself: one rotated at the very moment of the revocation
        // may have escaped its UPDATE, not this check
        String hash = SecretTokens.hash(refreshToken);
        List<?> rows = em.createNativeQuery("SELECT t.family_id, t.user_id, t.expires_at < now(), t.used_at IS NOT NULL,"
                        + " t.revoked_at IS NOT NULL OR EXISTS (SELECT 1 FROM refresh_tokens f WHERE f.family_id = t.family_id"
                        + " AND f.revoked_at IS NOT NULL) FROM refresh_tokens t WHERE t.token_hash = ? FOR UPDATE OF t")
                .setParameter(1, hash).getResultList();
        if (rows.isEmpty()) {
            throw refused();
        }
        Object[] row = (Object[]) rows.get(0);
        UUID family = SqlValues.uuid(row[0]);
        if (Boolean.TRUE.equals(row[3]) && !Boolean.TRUE.equals(row[4])) {
            int revoked = revokeFamily(family);
            LOG.warning(() -> "A refresh token was used twice: its session (" + revoked + " live tokens) is revoked");
            throw refused();
        }
        if (Boolean.TRUE.equals(row[2]) || Boolean.TRUE.equals(row[3]) || Boolean.TRUE.equals(row[4])) {
            throw refused();
        }
        User user = em.find(User.class, SqlValues.uuid(row[1]));
        if (user == null) {
            throw refused();
        }
        em.createNativeQuery("UPDATE refresh_tokens SET used_at = now() WHERE token_hash = ?")
                .setParameter(1, hash).executeUpdate();
        return issue(user, family);
    }

    /** Ends the session the refresh token belongs to; unknown or ended sessions are left as they are. */
    @Transactional
    public void end(String refreshToken) {
        em.createNativeQuery("UPDATE refresh_tokens SET revoked_at = now() WHERE revoked_at IS NULL AND family_id ="
                        + " (SELECT family_id FROM refresh_tokens WHERE token_hash = ?)")
                .setParameter(1, SecretTokens.hash(refreshToken)).executeUpdate();
    }

    /** Ends every session of the account (a password reset, a takeover defence), in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int endAll(UUID userId) {
        return em.createNativeQuery("UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = ? AND revoked_at IS NULL")
                .setParameter(1, userId).executeUpdate();
    }

    /** Forgets tokens a day past their end: they would be refused as unknown as they are as expired. */
    @Transactional
    public int forgetExpired() {
        return em.createNativeQuery("DELETE FROM refresh_tokens WHERE expires_at < now() - interval '1 day'")
                .executeUpdate();
    }

    private SignIn issue(User user, UUID family) {
        String refreshToken = SecretTokens.newToken();
        Instant refreshExpiresAt = clock.instant().plusSeconds(refreshTtlSeconds).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        em.createNativeQuery("INSERT INTO refresh_tokens (token_hash, family_id, user_id, expires_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, SecretTokens.hash(refreshToken)).setParameter(2, family).setParameter(3, user.id())
                .setParameter(4, Timestamp.from(refreshExpiresAt)).executeUpdate();
        TokenIssuer.IssuedToken access = tokens.issue(user);
        return new SignIn(access.token(), access.expiresAt(), refreshToken, refreshExpiresAt, Account.of(user));
    }

    private int revokeFamily(UUID family) {
        return em.createNativeQuery("UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = ? AND revoked_at IS NULL")
                .setParameter(1, family).executeUpdate();
    }

    private static ApiException refused() {
        return new ApiException(ErrorCode.UNAUTHENTICATED, "The session has ended: sign in again");
    }
}
