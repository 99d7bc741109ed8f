package com.boxoffice.notification.boundary;

import com.boxoffice.notification.control.NotificationRecords;
import com.boxoffice.ordering.control.Orders;
import com.boxoffice.platform.Ids;
import com.boxoffice.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Whether an order's emails went out, for its owner (the page shows it beside the tickets). */
@Path("/orders/{orderId}/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.USER, Caller.ADMIN})
@SecurityRequirement(name = "jwt")
@Tag(name = "Orders")
@ApplicationScoped
public class OrderNotificationResource {

    /** {@code status}: PENDING or QUEUED (on its way), SENT, FAILED (support will re-send it). */
    public record EmailStatus(String kind, String recipient, String status, Instant sentAt) {
    }

    @Inject
    Orders orders;

    @Inject
    NotificationRecords records;

    @Context
    SecurityContext security;

    @GET
    @Operation(operationId = "listOrderEmails",
            summary = "The order's confirmation and cancellation emails and whether they were sent")
    @APIResponse(responseCode = "200", description = "The emails",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EmailStatus.class)))
    @APIResponse(responseCode = "404", description = "No such order of the caller's")
    public List<EmailStatus> of(@PathParam("orderId") String orderId) {
        UUID id = Ids.parse(orderId, "Order");
        orders.get(Caller.of(security), id); // the owner or an admin; anyone else: 404
        return records.ofOrder(id).stream()
                .map(n -> new EmailStatus(n.kind(), n.recipient(), n.status(), n.sentAt())).toList();
    }
}
