package com.boxoffice.platform.audit;

import com.boxoffice.platform.paging.Page;
import com.boxoffice.platform.paging.PageRequest;
import com.boxoffice.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.ADMIN)
@SecurityRequirement(name = "jwt")
@Tag(name = "Admin")
@ApplicationScoped
public class AdminOperationsResource {

    @Inject
    AuditTrail trail;

    @GET
    @Path("/audit")
    @Operation(operationId = "listAuditEntries", summary = "The audit log, newest first: admin changes and refunds")
    public Page<AuditTrail.Entry> audit(@QueryParam("page") String page, @QueryParam("size") String size) {
        return trail.list(PageRequest.of(page, size));
    }
}
