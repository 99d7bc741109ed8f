package com.boxoffice.notification.boundary;

import com.boxoffice.notification.control.Notifications;
import com.boxoffice.platform.Ids;
import com.boxoffice.platform.paging.Page;
import com.boxoffice.platform.paging.PageRequest;
import com.boxoffice.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.ADMIN)
@SecurityRequirement(name = "jwt")
@Tag(name = "Admin")
@ApplicationScoped
public class AdminNotificationResource {

    @Inject
    Notifications notifications;

    @GET
    @Operation(operationId = "listNotifications", summary = "Customer notifications, newest first",
            description = "status: PENDING, QUEUED, SENT or FAILED")
    public Page<NotificationView> list(@QueryParam("status") String status, @QueryParam("page") String page,
                                       @QueryParam("size") String size) {
        return notifications.list(status, PageRequest.of(page, size)).map(NotificationView::of);
    }

    @POST
    @Path("/{notificationId}/retry")
    @Operation(operationId = "retryNotification", summary = "Send a failed (or sent) notification again")
    @APIResponse(responseCode = "202", description = "Queued again",
            content = @Content(schema = @Schema(implementation = NotificationView.class)))
    @APIResponse(responseCode = "404", description = "No such notification")
    @APIResponse(responseCode = "409", description = "NOTIFICATION_IN_PROGRESS")
    public Response retry(@PathParam("notificationId") String notificationId) {
        return Response.accepted(NotificationView.of(notifications.retry(Ids.parse(notificationId, "Notification")))).build();
    }
}
