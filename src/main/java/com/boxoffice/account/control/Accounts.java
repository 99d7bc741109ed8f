package com.boxoffice.account.control;

import com.boxoffice.account.entity.User;
import com.boxoffice.platform.database.SqlErrors;
import com.boxoffice.platform.error.ApiException;
import com.boxoffice.platform.error.ErrorCode;
import com.boxoffice.platform.error.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class Accounts {

    /** Compared against when the email is unknown, so that a login takes as long either way. */
    private static final String UNKNOWN_USER_HASH = PasswordHasher.hash(UUID.randomUUID().toString());

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    @Inject
    TokenIssuer tokens;

    @Transactional
    public Account register(String email, String password, String name, String phone) {
        String normalized = normalize(email);
        if (find(normalized).isPresent()) {
            throw emailTaken();
        }
        User user = new User(UUID.randomUUID(), normalized, PasswordHasher.hash(password), name.trim(),
                blankToNull(phone), Set.of(User.ROLE_USER));
        try {
            em.persist(user);
            em.flush();
        } catch (PersistenceException e) {
            if (SqlErrors.is(e, SqlErrors.UNIQUE_VIOLATION)) {
                // two registrations with one email at the same moment: the unique index decides
                throw emailTaken();
            }
            throw e;
        }
        return Account.of(user);
    }

    /** Reads only; no transaction, so no connection is held while the slow hash is checked. */
    public SignIn login(String email, String password) {
        Optional<User> user = find(normalize(email));
        boolean matches = PasswordHasher.matches(password, user.map(User::passwordHash).orElse(UNKNOWN_USER_HASH));
        if (user.isEmpty() || !matches) {
            throw new ApiException(ErrorCode.INVALID_CREDENTIALS, "Email or password is wrong");
        }
        TokenIssuer.IssuedToken token = tokens.issue(user.get());
        return new SignIn(token.token(), token.expiresAt(), Account.of(user.get()));
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
    }

    Optional<User> find(String normalizedEmail) {
        return em.createQuery("SELECT u FROM User u WHERE LOWER(u.email) = :email", User.class)
                .setParameter("email", normalizedEmail)
                .getResultStream().findFirst();
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
