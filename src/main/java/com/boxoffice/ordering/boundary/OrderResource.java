package com.boxoffice.ordering.boundary;

import com.boxoffice.ordering.control.Checkout;
import com.boxoffice.ordering.control.Orders;
import com.boxoffice.ordering.control.Tickets;
import com.boxoffice.platform.Ids;
import com.boxoffice.platform.paging.Page;
import com.boxoffice.platform.paging.PageRequest;
import com.boxoffice.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/orders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.USER, Caller.ADMIN})
@SecurityRequirement(name = "jwt")
@Tag(name = "Orders")
@ApplicationScoped
public class OrderResource {

    static final String ORDER = "{\"orderId\": \"5b1c9e4a-2f3d-4e8b-9a7c-6d5e4f3a2b1c\", \"showId\":"
            + " \"3c2b1a0f-9e8d-3c7b-a6f5-4e3d2c1b0a9f\", \"holdId\": \"6f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f\","
            + " \"seatIds\": [\"A1\", \"A2\"], \"status\": \"CONFIRMED\", \"totalAmount\": 400.00, \"currency\": \"INR\","
            + " \"customer\": {\"name\": \"Asha Rao\", \"email\": \"asha@example.com\", \"phone\": \"+91 98450 12345\"},"
            + " \"createdAt\": \"2026-12-17T11:30:00Z\", \"expiresAt\": \"2026-12-17T11:35:00Z\","
            + " \"confirmedAt\": \"2026-12-17T11:31:10Z\", \"cancelledAt\": null,"
            + " \"paymentId\": \"9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a\", \"refund\": null, \"tickets\": [{\"ticketId\":"
            + " \"1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d\", \"seatId\": \"A1\", \"code\": \"7W3K9Q2M4X8B6N1P5R0T2V4Y6Z\","
            + " \"status\": \"VALID\", \"usedAt\": null}]}";
    static final String KEY = "Optional. The same key with the same request answers what the first answered;"
            + " with a different request 422 IDEMPOTENCY_KEY_REUSED. Kept 24 hours, per user.";

    @Inject
    Orders orders;

    @Inject
    Checkout checkout;

    @Inject
    Tickets tickets;

    @Inject
    IdempotentRequests idempotent;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createOrder",
            summary = "Order the seats of an active hold of the caller's", description = "The order waits for"
            + " payment while the hold lasts. One order per hold.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OrderRequest.class),
            examples = @ExampleObject(name = "order", value = "{\"holdId\":"
            + " \"6f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f\", \"customer\": {\"name\": \"Asha Rao\", \"email\":"
            + " \"asha@example.com\", \"phone\": \"+91 98450 12345\"}}")))
    @APIResponse(responseCode = "201", description = "PENDING_PAYMENT; Location names the order",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "404", description = "No such hold of the caller's")
    @APIResponse(responseCode = "409", description = "HOLD_NOT_ACTIVE: expired, released or already ordered")
    @APIResponse(responseCode = "422", description = "IDEMPOTENCY_KEY_REUSED")
    public Response create(@Valid @NotNull OrderRequest body,
                           @Parameter(description = KEY) @HeaderParam(IdempotentRequests.HEADER) String key) {
        Caller caller = Caller.of(security);
        return idempotent.runInOneTransaction(caller, key, "POST /orders", body, () -> {
            OrderView order = OrderView.of(orders.create(caller, Ids.parse(body.holdId(), "Hold"), body.customer().value()));
            return Response.created(URI.create("orders/" + order.orderId())).entity(order).build();
        });
    }

    @GET
    @Operation(operationId = "listMyOrders", summary = "The caller's orders, newest first")
    public Page<OrderView> mine(@QueryParam("page") String page, @QueryParam("size") String size) {
        return orders.mine(Caller.of(security), PageRequest.of(page, size)).map(OrderView::of);
    }

    @GET
    @Path("/{orderId}")
    @Operation(operationId = "getOrder", summary = "An order of the caller's (admins see every order)")
    @APIResponse(responseCode = "200", description = "The order",
            content = @Content(schema = @Schema(implementation = OrderView.class), examples = @ExampleObject(
            name = "order", value = ORDER)))
    @APIResponse(responseCode = "404", description = "No such order of the caller's")
    public OrderView get(@PathParam("orderId") String orderId) {
        return OrderView.of(orders.get(Caller.of(security), Ids.parse(orderId, "Order")));
    }

    @POST
    @Path("/{orderId}/confirm-payment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmPayment",
            summary = "Pay for the order", description = "Sandbox tokens: tok_visa and tok_mastercard are approved,"
            + " tok_chargeDeclined is declined, tok_timeoutAfterCharge charges and times out (reconciled). Confirming a"
            + " confirmed order answers it unchanged.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = PaymentRequest.class),
            examples = @ExampleObject(name = "card", value = "{\"paymentMethod\": \"CARD\","
            + " \"paymentToken\": \"tok_visa\"}")))
    @APIResponse(responseCode = "200", description = "CONFIRMED, with one ticket per seat",
            content = @Content(schema = @Schema(implementation = OrderView.class),
                    examples = @ExampleObject(name = "order", value = ORDER)))
    @APIResponse(responseCode = "402", description = "PAYMENT_DECLINED: the order may be paid again while its hold lasts")
    @APIResponse(responseCode = "409", description = "HOLD_EXPIRED (order EXPIRED, nothing charged), REQUEST_IN_PROGRESS,"
            + " SEATS_UNAVAILABLE (refunded), ORDER_NOT_PAYABLE")
    @APIResponse(responseCode = "422", description = "IDEMPOTENCY_KEY_REUSED")
    @APIResponse(responseCode = "503", description = "The provider did not answer; the payment is confirmed or refunded later")
    public Response confirm(@PathParam("orderId") String orderId, @Valid @NotNull PaymentRequest body,
                            @Parameter(description = KEY) @HeaderParam(IdempotentRequests.HEADER) String key) {
        Caller caller = Caller.of(security);
        UUID id = Ids.parse(orderId, "Order");
        return idempotent.runAcrossTransactions(caller, key, "POST /orders/" + id + "/confirm-payment", body, OrderView::of,
                requestKey -> Response.ok(OrderView.of(checkout.confirm(caller, id, body.value(), requestKey))).build());
    }

    @POST
    @Path("/{orderId}/cancel")
    @Operation(operationId = "cancelOrder",
            summary = "Cancel a confirmed order and refund it", description = "Allowed when the theatre offers"
            + " cancellation and the show starts more than 2 hours later; the seats are for sale again.")
    @APIResponse(responseCode = "200", description = "CANCELLED, with the refund",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "409", description = "CANCELLATION_NOT_ALLOWED")
    public OrderView cancel(@PathParam("orderId") String orderId) {
        return OrderView.of(orders.cancel(Caller.of(security), Ids.parse(orderId, "Order")));
    }

    @GET
    @Path("/{orderId}/tickets/{ticketId}/qr")
    @Produces("image/png")
    @Operation(operationId = "getTicketQrCode", summary = "A ticket's code as a QR image (PNG)")
    @APIResponse(responseCode = "200", description = "The QR code", content = @Content(mediaType = "image/png",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such ticket in an order of the caller's")
    public Response qr(@PathParam("orderId") String orderId, @PathParam("ticketId") String ticketId) {
        byte[] png = tickets.qr(Caller.of(security), Ids.parse(orderId, "Order"), Ids.parse(ticketId, "Ticket"));
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true); // the code admits its bearer to the show
        return Response.ok(png, "image/png").cacheControl(noStore).build();
    }
}
