package com.boxoffice.ordering.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Chooses the payment provider as the application starts, so that a wrong setting stops it at once, saying why. */
@ApplicationScoped
public class PaymentProviderCheck {

    private static final Logger LOG = Logger.getLogger(PaymentProviderCheck.class.getName());

    @Inject
    PaymentGateways gateways;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        try {
            LOG.info("Payment provider: " + gateways.current().name());
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            LOG.severe("The application does not start: " + cause.getMessage());
            throw e;
        }
    }
}
