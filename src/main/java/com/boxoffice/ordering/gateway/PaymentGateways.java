package com.boxoffice.ordering.gateway;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The provider named by {@code boxoffice.payment.provider} (default: the sandbox). */
@ApplicationScoped
public class PaymentGateways {

    @Inject
    @Any
    Instance<PaymentGateway> gateways;

    @Inject
    @ConfigProperty(name = "boxoffice.payment.provider", defaultValue = "sandbox")
    String provider;

    private PaymentGateway current;

    @PostConstruct
    void choose() {
        current = gateways.stream().filter(gateway -> gateway.name().equals(provider)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No payment provider named " + provider));
    }

    public PaymentGateway current() {
        return current;
    }
}
