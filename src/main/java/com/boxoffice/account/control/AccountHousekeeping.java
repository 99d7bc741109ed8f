package com.boxoffice.account.control;

import com.boxoffice.platform.PeriodicTasks;
import com.boxoffice.platform.database.SchemaReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;

/** Every few minutes, on every instance: forgets refresh, mailed and sign-in tokens past their end. */
@ApplicationScoped
public class AccountHousekeeping {

    @Inject
    PeriodicTasks periodic;

    @Inject
    Sessions sessions;

    @Inject
    OneTimeTokens oneTimeTokens;

    @Inject
    SignInAttempts signInAttempts;

    void onSchemaReady(@Observes SchemaReady ready) {
        periodic.every(Duration.ofMinutes(5), "forget ended sessions and tokens", () -> {
            sessions.forgetExpired();
            oneTimeTokens.forgetExpired();
            signInAttempts.forgetExpired();
        });
    }
}
