package com.boxoffice.ordering.boundary;

import com.boxoffice.ordering.control.Tickets;
import com.boxoffice.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/tickets")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.ADMIN)
@SecurityRequirement(name = "jwt")
@Tag(name = "Admin")
@ApplicationScoped
public class AdminTicketResource {

    @Inject
    Tickets tickets;

    @POST
    @Path("/check-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "checkInTicket", summary = "Let a ticket in at the door, once")
    @APIResponse(responseCode = "200", description = "The ticket, with usedAt",
            content = @Content(schema = @Schema(implementation = CheckedInTicket.class)))
    @APIResponse(responseCode = "404", description = "No ticket has this code")
    @APIResponse(responseCode = "409", description = "TICKET_ALREADY_USED (details.usedAt) or TICKET_VOID")
    public CheckedInTicket checkIn(@Valid @NotNull CheckInRequest body) {
        return CheckedInTicket.of(tickets.checkIn(body.code()));
    }
}
