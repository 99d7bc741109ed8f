package com.boxoffice.account.control;

import com.boxoffice.platform.database.SchemaReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.RollbackException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The admin account from BOXOFFICE_ADMIN_EMAIL / BOXOFFICE_ADMIN_PASSWORD, created at start-up when
 * missing (an existing account keeps its password and gains the admin role).
 */
@ApplicationScoped
public class AdminAccount {

    private static final Logger LOG = Logger.getLogger(AdminAccount.class.getName());

    @Inject
    @ConfigProperty(name = "boxoffice.admin.email", defaultValue = "admin@boxoffice.local")
    String email;

    @Inject
    @ConfigProperty(name = "boxoffice.admin.password", defaultValue = "admin12345")
    String password;

    @Inject
    Accounts accounts;

    void onSchemaReady(@Observes SchemaReady ready) {
        try {
            accounts.ensureAdmin(email, password);
        } catch (RuntimeException e) {
            if (!(e.getCause() instanceof RollbackException)) {
                throw e;
            }
            accounts.ensureAdmin(email, password); // another instance created it at the same moment
        }
        LOG.info("Admin account ready: " + Accounts.normalize(email));
    }
}
