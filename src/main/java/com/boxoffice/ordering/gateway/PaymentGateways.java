package com.boxoffice.ordering.gateway;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The provider named by {@code boxoffice.payment.provider} (default: the sandbox), chosen and checked when the
 * application starts: a production deployment ({@code BOXOFFICE_ENV=production}) does not start with the
 * sandbox, which would hand out tickets for test cards, nor with a provider missing its secrets.
 */
@ApplicationScoped
public class PaymentGateways {

    @Inject
    @Any
    Instance<PaymentGateway> gateways;

    @Inject
    @ConfigProperty(name = "boxoffice.payment.provider", defaultValue = "sandbox")
    String provider;

    @Inject
    @ConfigProperty(name = "boxoffice.env", defaultValue = "development")
    String environment;

    private PaymentGateway current;

    @PostConstruct
    void choose() {
        PaymentGateway chosen = gateways.stream().filter(gateway -> gateway.name().equals(provider)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No payment provider named " + provider
                        + " (BOXOFFICE_PAYMENT_PROVIDER): sandbox or stripe"));
        if ("production".equalsIgnoreCase(environment) && chosen instanceof SandboxGateway) {
            throw new IllegalStateException("BOXOFFICE_ENV=production does not start with the sandbox payment"
                    + " provider, which takes test cards: set BOXOFFICE_PAYMENT_PROVIDER=stripe and its secrets"
                    + " (see the README, \"Going live\")");
        }
        chosen.checkConfigured("production".equalsIgnoreCase(environment));
        current = chosen;
    }

    public PaymentGateway current() {
        return current;
    }
}
