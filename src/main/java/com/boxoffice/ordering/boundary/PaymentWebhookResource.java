package com.boxoffice.ordering.boundary;

import com.boxoffice.ordering.control.PaymentEvents;
import com.boxoffice.ordering.gateway.InvalidEvent;
import com.boxoffice.ordering.gateway.PaymentGateway;
import com.boxoffice.ordering.gateway.PaymentGateways;
import com.boxoffice.ordering.gateway.ProviderEvent;
import com.boxoffice.platform.error.ApiException;
import com.boxoffice.platform.error.ErrorCode;
import com.boxoffice.platform.error.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where the payment provider notifies the service of what became of a payment (Stripe: the Stripe-Signature header). */
@Path("/payments/webhooks/{provider}")
@Tag(name = "Orders")
@ApplicationScoped
public class PaymentWebhookResource {

    private static final Logger LOG = Logger.getLogger(PaymentWebhookResource.class.getName());

    @Inject
    PaymentGateways gateways;

    @Inject
    PaymentEvents events;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receivePaymentEvent", summary = "A payment provider's signed event; each is applied once")
    @APIResponse(responseCode = "200", description = "Applied, or applied before (a redelivery changes nothing)")
    @APIResponse(responseCode = "400", description = "Unsigned, forged, stale or malformed: nothing changes")
    @APIResponse(responseCode = "404", description = "Not the provider in use")
    public Map<String, Object> receive(@PathParam("provider") String provider,
                                       @HeaderParam("Stripe-Signature") String signature, String payload) {
        PaymentGateway gateway = gateways.current();
        if (!gateway.name().equals(provider)) {
            throw new NotFound("Payment provider");
        }
        ProviderEvent event;
        try {
            event = gateway.verifyEvent(payload == null ? "" : payload, signature);
        } catch (InvalidEvent e) {
            LOG.warning(() -> "A " + provider + " webhook call was refused: " + e.getMessage());
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "The event could not be verified",
                    Map.of("signature", e.getMessage()));
        }
        boolean applied = events.apply(provider, event);
        return Map.of("received", true, "duplicate", !applied);
    }
}
