package com.boxoffice.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.boxoffice.support.Api;
import com.boxoffice.support.Api.Reply;
import com.boxoffice.support.Database;
import com.boxoffice.support.Deployments;
import com.boxoffice.support.Mailbox;
import com.boxoffice.support.Users;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Email verification and password reset, with the emails caught by the real SMTP server in this JVM: links to the
 * public address, single-use tokens, expiry, forged tokens, the same answer for unknown addresses, rate limits.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountEmailsIT {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void registrationMailsAVerificationLinkThatWorksOnce() throws Exception {
        String email = Users.uniqueEmail();
        JsonObject login = SessionsApiIT.signedIn(email);
        MimeMessage mail = Mailbox.awaitAccountMails(email, 1, MAIL_WAIT).get(0);
        String link = Mailbox.linkIn(mail);
        assertTrue(link.startsWith(Api.baseUrl() + "/#/verify-email?token="), link);
        assertTrue(mail.getSubject().toLowerCase().contains("confirm"), mail.getSubject());
        assertFalse(SessionsApiIT.me(login.getString("token")).object().getBoolean("emailVerified"));

        Reply verified = post("/api/auth/verify-email", "{\"token\": \"" + token(link) + "\"}");
        assertEquals(204, verified.status(), verified.body());
        assertTrue(SessionsApiIT.me(login.getString("token")).object().getBoolean("emailVerified"));
        Reply twice = post("/api/auth/verify-email", "{\"token\": \"" + token(link) + "\"}");
        assertEquals(400, twice.status(), twice.body());
        assertEquals("INVALID_TOKEN", twice.errorCode());
        Thread.sleep(3_000); // a duplicate would have come by now (redeliveries are 1.5 s apart in the tests)
        assertEquals(1, Mailbox.accountMailsTo(email).size(), "sent once");
        assertEquals(0, Mailbox.to(email).size(), "no order email");
        assertEquals(0, Database.count("SELECT count(*) FROM notifications n JOIN users u ON u.user_id = n.user_id"
                + " WHERE u.email = ? AND (n.link IS NOT NULL OR n.status <> 'SENT')", email), "the link is forgotten once sent");
    }

    @Test
    void forgedExpiredAndWrongPurposeTokensAreInvalid() {
        String email = Users.uniqueEmail();
        SessionsApiIT.signedIn(email);
        String verification = token(Mailbox.linkIn(Mailbox.awaitAccountMails(email, 1, MAIL_WAIT).get(0)));
        for (String forged : List.of("A".repeat(43), verification.substring(1) + "A", "not a token")) {
            Reply reply = post("/api/auth/verify-email", "{\"token\": \"" + forged + "\"}");
            assertEquals(400, reply.status(), reply.body());
            assertEquals("INVALID_TOKEN", reply.errorCode());
        }
        Reply wrongPurpose = post("/api/auth/password-reset/confirm",
                "{\"token\": \"" + verification + "\", \"password\": \"brand new pass\"}");
        assertEquals(400, wrongPurpose.status(), "a verification token does not reset a password: " + wrongPurpose.body());
        assertEquals("INVALID_TOKEN", wrongPurpose.errorCode());
        assertEquals(401, Users.login(email, "brand new pass").status());
        assertEquals(400, post("/api/auth/verify-email", "{}").status());

        Database.update("UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE token_hash ="
                + " encode(sha256(convert_to(?, 'UTF8')), 'hex')", verification);
        Reply expired = post("/api/auth/verify-email", "{\"token\": \"" + verification + "\"}");
        assertEquals(400, expired.status(), "a verification link past its 7 days: " + expired.body());
        assertEquals("INVALID_TOKEN", expired.errorCode());
    }

    @Test
    void aPasswordResetSetsTheNewPasswordEndsEverySessionAndWorksOnce() {
        String email = Users.uniqueEmail();
        JsonObject phone = SessionsApiIT.signedIn(email);
        JsonObject laptop = SessionsApiIT.login(email);

        Reply accepted = post("/api/auth/password-reset", "{\"email\": \"" + email.toUpperCase() + "\"}");
        assertEquals(202, accepted.status(), accepted.body());
        String link = Mailbox.linkIn(awaitResetMail(email, 1));
        assertTrue(link.startsWith(Api.baseUrl() + "/#/reset-password?token="), link);

        Reply tooShort = post("/api/auth/password-reset/confirm", "{\"token\": \"" + token(link) + "\", \"password\": \"short\"}");
        assertEquals(400, tooShort.status(), tooShort.body());
        assertEquals("VALIDATION_FAILED", tooShort.errorCode());

        Reply reset = post("/api/auth/password-reset/confirm", "{\"token\": \"" + token(link) + "\", \"password\": \"brand new pass\"}");
        assertEquals(204, reset.status(), reset.body());
        assertEquals(401, Users.login(email, "correct horse").status(), "the old password no longer works");
        assertEquals(200, Users.login(email, "brand new pass").status(), "the new one does");
        assertEquals(401, SessionsApiIT.refresh(phone.getString("refreshToken")).status(), "every session ended");
        assertEquals(401, SessionsApiIT.refresh(laptop.getString("refreshToken")).status(), "every session ended");

        Reply again = post("/api/auth/password-reset/confirm", "{\"token\": \"" + token(link) + "\", \"password\": \"third pass 3\"}");
        assertEquals(400, again.status(), again.body());
        assertEquals("INVALID_TOKEN", again.errorCode());
        assertEquals(200, Users.login(email, "brand new pass").status());
    }

    @Test
    void anExpiredResetTokenIsInvalidAndTheAccountsOtherLinksStopWorkingAfterAReset() {
        String email = Users.uniqueEmail();
        SessionsApiIT.signedIn(email);
        for (int i = 0; i < 3; i++) { // three links, within the per-address limit
            assertEquals(202, post("/api/auth/password-reset", "{\"email\": \"" + email + "\"}").status());
        }
        awaitResetMail(email, 3);
        List<String> tokens = resetMails(email).stream().map(Mailbox::linkIn).map(AccountEmailsIT::token).distinct().toList();
        assertEquals(3, tokens.size(), "a token of its own in each mail");

        Database.update("UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE token_hash ="
                + " encode(sha256(convert_to(?, 'UTF8')), 'hex')", tokens.get(2));
        Reply expired = post("/api/auth/password-reset/confirm", "{\"token\": \"" + tokens.get(2) + "\", \"password\": \"brand new pass\"}");
        assertEquals(400, expired.status(), expired.body());
        assertEquals("INVALID_TOKEN", expired.errorCode());
        assertEquals(401, Users.login(email, "brand new pass").status());

        assertEquals(204, post("/api/auth/password-reset/confirm",
                "{\"token\": \"" + tokens.get(0) + "\", \"password\": \"brand new pass\"}").status());
        Reply other = post("/api/auth/password-reset/confirm", "{\"token\": \"" + tokens.get(1) + "\", \"password\": \"another pass 2\"}");
        assertEquals(400, other.status(), "an older link of the account no longer works: " + other.body());
        assertEquals(200, Users.login(email, "brand new pass").status());
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
        String known = Users.uniqueEmail();
        SessionsApiIT.signedIn(known);
        String unknown = Users.uniqueEmail();
        Reply forKnown = post("/api/auth/password-reset", "{\"email\": \"" + known + "\"}");
        Reply forUnknown = post("/api/auth/password-reset", "{\"email\": \"" + unknown + "\"}");
        assertEquals(202, forKnown.status());
        assertEquals(forKnown.status(), forUnknown.status());
        assertEquals(forKnown.body(), forUnknown.body());
        awaitResetMail(known, 1);
        Thread.sleep(2_000);
        assertEquals(0, Mailbox.accountMailsTo(unknown).size());
        Reply bad = post("/api/auth/password-reset", "{\"email\": \"not-an-address\"}");
        assertEquals(400, bad.status(), bad.body());
        assertEquals("VALIDATION_FAILED", bad.errorCode());
    }

    @Test
    void resetRequestsAreLimitedPerAddressAndPerClient() {
        String email = Users.uniqueEmail();
        List<Integer> perAddress = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) { // over twice the limit: a window's end cannot hide it
            perAddress.add(post("/api/auth/password-reset", "{\"email\": \"" + email + "\"}").status());
        }
        assertTrue(perAddress.contains(429), "one address, many clients: " + perAddress);

        String client = Users.randomAddress();
        List<Reply> perClient = new java.util.ArrayList<>();
        for (int i = 0; i < 32; i++) { // over twice the per-client limit (15)
            perClient.add(Users.post("/api/auth/password-reset", "{\"email\": \"" + Users.uniqueEmail() + "\"}", client));
        }
        Reply limited = perClient.stream().filter(r -> r.status() == 429).findFirst()
                .orElseThrow(() -> new AssertionError("one client, many addresses: " + perClient));
        assertEquals("RATE_LIMITED", limited.errorCode());
        assertTrue(limited.header("Retry-After") != null);
    }

    @Test
    void aSignedInCustomerCanAskForAnotherVerificationLink() throws Exception {
        String email = Users.uniqueEmail();
        JsonObject login = SessionsApiIT.signedIn(email);
        Mailbox.awaitAccountMails(email, 1, MAIL_WAIT);
        Reply resend = Api.send(Api.request("/api/auth/verify-email/resend")
                .header("Authorization", "Bearer " + login.getString("token"))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(202, resend.status(), resend.body());
        List<MimeMessage> mails = Mailbox.awaitAccountMails(email, 2, MAIL_WAIT);
        assertEquals(2, mails.size());
        assertEquals(204, post("/api/auth/verify-email", "{\"token\": \"" + token(Mailbox.linkIn(mails.get(1))) + "\"}").status());
        assertEquals(202, post("/api/auth/verify-email/resend", "", login.getString("token")).status());
        Thread.sleep(3_000);
        assertEquals(2, Mailbox.accountMailsTo(email).size(), "verified already: nothing more is sent");
    }

    private static MimeMessage awaitResetMail(String email, int count) {
        org.awaitility.Awaitility.await().atMost(MAIL_WAIT).pollInterval(Duration.ofMillis(200))
                .until(() -> resetMails(email).size() >= count);
        return resetMails(email).get(count - 1);
    }

    private static List<MimeMessage> resetMails(String email) {
        return Mailbox.accountMailsTo(email).stream().filter(m -> {
            try {
                return m.getSubject().toLowerCase().contains("reset");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String token(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    private static Reply post(String path, String json) {
        return Users.post(path, json, Users.randomAddress());
    }

    private static Reply post(String path, String json, String bearer) {
        return Api.send(Api.request(path).header("Authorization", "Bearer " + bearer).header("X-Forwarded-For", Users.randomAddress())
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build());
    }
}
