package com.boxoffice.ordering.boundary;

import com.boxoffice.ordering.gateway.PaymentGateways;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the checkout page needs to take a card: the provider, and for Stripe its publishable key. */
@Path("/payments/settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
@ApplicationScoped
public class PaymentSettingsResource {

    @Inject
    PaymentGateways gateways;

    @Inject
    @ConfigProperty(name = "boxoffice.stripe.publishable-key")
    Optional<String> stripePublishableKey;

    @GET
    @Operation(operationId = "getPaymentSettings", summary = "The payment provider, and the publishable key of its browser"
            + " library (never a secret)")
    public Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("provider", gateways.current().name());
        if ("stripe".equals(gateways.current().name())) {
            stripePublishableKey.ifPresent(key -> settings.put("publishableKey", key));
        }
        return settings;
    }
}
