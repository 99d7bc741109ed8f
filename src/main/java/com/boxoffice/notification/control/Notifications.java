package com.boxoffice.notification.control;

import com.boxoffice.platform.error.ApiException;
import com.boxoffice.platform.error.ErrorCode;
import com.boxoffice.platform.error.NotFound;
import com.boxoffice.platform.error.ValidationFailed;
import com.boxoffice.platform.paging.Page;
import com.boxoffice.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;

/** What admins see of customer notifications, and a manual re-send. */
@ApplicationScoped
public class Notifications {

    private static final Set<String> STATUSES = Set.of("PENDING", "QUEUED", "SENT", "FAILED");

    @Inject
    NotificationRecords records;

    @Inject
    NotificationRelay relay;

    public Page<Notification> list(String status, PageRequest page) {
        String wanted = status == null || status.isBlank() ? null : status.trim().toUpperCase();
        if (wanted != null && !STATUSES.contains(wanted)) {
            throw new ValidationFailed("status", "must be one of PENDING, QUEUED, SENT, FAILED");
        }
        return records.list(wanted, page);
    }

    /** Sends a failed (or sent) notification again; one still on its way answers 409. */
    public Notification retry(UUID id) {
        records.find(id).orElseThrow(() -> new NotFound("Notification"));
        if (!records.resend(id, relay.origin())) {
            throw new ApiException(ErrorCode.NOTIFICATION_IN_PROGRESS, "This notification is on its way already");
        }
        relay.relay(id);
        return records.find(id).orElseThrow();
    }
}
