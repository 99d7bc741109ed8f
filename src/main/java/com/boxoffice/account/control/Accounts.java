package com.boxoffice.account.control;

import com.boxoffice.account.control.AccountMail.Purpose;
import com.boxoffice.account.entity.User;
import com.boxoffice.platform.database.SqlErrors;
import com.boxoffice.platform.error.ApiException;
import com.boxoffice.platform.error.ErrorCode;
import com.boxoffice.platform.error.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class Accounts {

    /** Compared against when the email is unknown, so that a login takes as long either way. */
    private static final String UNKNOWN_USER_HASH = PasswordHasher.hash(UUID.randomUUID().toString());

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    @Inject
    Sessions sessions;

    /** This bean through its proxy, so that the transaction of {@link #create} applies. */
    @Inject
    Accounts self;

    @Inject
    OneTimeTokens oneTimeTokens;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "boxoffice.auth.password-reset-ttl", defaultValue = "1800")
    long passwordResetTtlSeconds;

    @Inject
    @ConfigProperty(name = "boxoffice.auth.email-verification-ttl", defaultValue = "604800")
    long emailVerificationTtlSeconds;

    /**
     * The slow hash is made before the transaction, so that no connection waits on it: a burst of sign-ups would
     * otherwise hold the whole pool while the processors hash.
     */
    public Account register(String email, String password, String name, String phone) {
        String normalized = normalize(email);
        if (self.byEmail(normalized).isPresent()) {
            throw emailTaken();
        }
        return self.create(normalized, PasswordHasher.hash(password), name, phone);
    }

    /** The account and its verification email, in one transaction; the unique index decides between two at once. */
    @Transactional
    public Account create(String normalizedEmail, String passwordHash, String name, String phone) {
        User user = new User(UUID.randomUUID(), normalizedEmail, passwordHash, name.trim(), blankToNull(phone),
                Set.of(User.ROLE_USER));
        try {
            em.persist(user);
            em.flush();
        } catch (PersistenceException e) {
            if (SqlErrors.is(e, SqlErrors.UNIQUE_VIOLATION)) {
                throw emailTaken();
            }
            throw e;
        }
        mailVerification(user);
        return Account.of(user);
    }

    /**
     * No connection is held while the slow hash is checked; then one transaction starts the session. An account
     * without a password (made by a provider's sign-in) never matches.
     */
    public SignIn login(String email, String password) {
        Optional<User> user = self.byEmail(normalize(email));
        String hash = user.map(User::passwordHash).orElse(null);
        boolean matches = PasswordHasher.matches(password, hash == null ? UNKNOWN_USER_HASH : hash) && hash != null;
        if (user.isEmpty() || !matches) {
            throw new ApiException(ErrorCode.INVALID_CREDENTIALS, "Email or password is wrong");
        }
        return sessions.startNew(user.get());
    }

    /** Mails a reset link when the address has an account; nothing tells the caller which it was. */
    @Transactional
    public void requestPasswordReset(String email) {
        find(normalize(email)).ifPresent(user -> oneTimeTokens.mail(user.id(), user.email(), Purpose.PASSWORD_RESET,
                Duration.ofSeconds(passwordResetTtlSeconds), "reset-password"));
    }

    /**
     * Sets the new password of the token's account, once: every session of the account ends and its other
     * reset links stop working. The mailbox's owner clicked the link, so the address counts as verified. The
     * slow hash is made before the transaction.
     */
    public void resetPassword(String token, String newPassword) {
        self.applyReset(token, PasswordHasher.hash(newPassword));
    }

    @Transactional
    public void applyReset(String token, String newPasswordHash) {
        User user = lockedOwner(token);
        oneTimeTokens.redeem(token, Purpose.PASSWORD_RESET);
        user.changePassword(newPasswordHash);
        user.emailVerifiedAt(clock.instant());
        oneTimeTokens.useUpAll(user.id(), Purpose.PASSWORD_RESET);
        sessions.endAll(user.id());
    }

    @Transactional
    public void verifyEmail(String token) {
        User user = lockedOwner(token);
        oneTimeTokens.redeem(token, Purpose.EMAIL_VERIFICATION);
        user.emailVerifiedAt(clock.instant());
        oneTimeTokens.useUpAll(user.id(), Purpose.EMAIL_VERIFICATION);
    }

    /**
     * The token's account, locked before any of its tokens is: two links of one account used at once then wait
     * for each other instead of deadlocking. An unknown token is INVALID_TOKEN.
     */
    private User lockedOwner(String token) {
        UUID owner = oneTimeTokens.owner(token)
                .orElseThrow(OneTimeTokens::invalid);
        return em.find(User.class, owner, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Another verification link, unless the address is verified already. */
    @Transactional
    public void resendVerification(String userId) {
        User user = em.find(User.class, UUID.fromString(userId));
        if (user != null && !user.emailVerified()) {
            mailVerification(user);
        }
    }

    /**
     * The account of an address a provider verified, made when missing (no password, address verified). An
     * existing account whose address was never verified here may have been made by someone else in advance
     * (pre-account takeover): its password is removed and its sessions end, so only the mailbox's owner gets in.
     */
    @Transactional
    public User ofVerifiedAddress(String email, String name) {
        String normalized = normalize(email);
        Optional<UUID> existing = em.createQuery("SELECT u.id FROM User u WHERE LOWER(u.email) = :email", UUID.class)
                .setParameter("email", normalized).getResultStream().findFirst();
        if (existing.isPresent()) {
            User user = em.find(User.class, existing.get(), LockModeType.PESSIMISTIC_WRITE);
            if (!user.emailVerified()) {
                user.changePassword(null);
                sessions.endAll(user.id());
                user.emailVerifiedAt(clock.instant());
            }
            return user;
        }
        String shown = name == null || name.isBlank() ? normalized.substring(0, normalized.indexOf('@')) : name.strip();
        User created = new User(UUID.randomUUID(), normalized, null, shown.length() > 100 ? shown.substring(0, 100) : shown,
                null, Set.of(User.ROLE_USER));
        created.emailVerifiedAt(clock.instant());
        em.persist(created);
        em.flush(); // a second sign-in creating it at the same moment fails here and is retried by the caller
        return created;
    }

    public Account profile(String userId) {
        User user = em.find(User.class, UUID.fromString(userId));
        if (user == null) {
            throw new NotFound("Account");
        }
        return Account.of(user);
    }

    /** Creates the account if it is missing and makes sure it is an admin. */
    @Transactional
    public void ensureAdmin(String email, String password) {
        String normalized = normalize(email);
        User admin = find(normalized).orElseGet(() -> {
            User created = new User(UUID.randomUUID(), normalized, PasswordHasher.hash(password), "Administrator", null,
                    Set.of(User.ROLE_USER));
            em.persist(created);
            return created;
        });
        admin.grant(User.ROLE_ADMIN);
        admin.emailVerifiedAt(clock.instant()); // set by the operator, not by someone signing up
    }

    /**
     * In a transaction of its own, so that its connection goes back to the pool at once: a read outside any
     * transaction keeps its connection until the request ends (the server's local transaction containment), which
     * during a sign-in's slow hash and the session's own transaction would hold two connections a request.
     */
    @Transactional
    public Optional<User> byEmail(String normalizedEmail) {
        return find(normalizedEmail);
    }

    Optional<User> find(String normalizedEmail) {
        return em.createQuery("SELECT u FROM User u WHERE LOWER(u.email) = :email", User.class)
                .setParameter("email", normalizedEmail)
                .getResultStream().findFirst();
    }

    private void mailVerification(User user) {
        oneTimeTokens.mail(user.id(), user.email(), Purpose.EMAIL_VERIFICATION,
                Duration.ofSeconds(emailVerificationTtlSeconds), "verify-email");
    }

    static String normalize(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }


    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static ApiException emailTaken() {
        return new ApiException(ErrorCode.EMAIL_TAKEN, "An account with this email already exists");
    }
}
