package com.boxoffice.seating.control;

import com.boxoffice.catalog.control.ShowCancelled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** A cancelled show's holds end with the cancellation; their Redis keys go once it has committed. */
@ApplicationScoped
public class CancelledShowHolds {

    @Inject
    HoldRecords records;

    @Inject
    SeatLocks locks;

    /** In the cancelling transaction: no hold of the show stays active if the cancellation commits. */
    void release(@Observes ShowCancelled cancelled) {
        for (Hold hold : records.activeOfShow(cancelled.showId())) {
            records.end(hold.holdId(), HoldStatus.RELEASED);
        }
    }

    void clearRedis(@Observes(during = TransactionPhase.AFTER_SUCCESS) ShowCancelled cancelled) {
        locks.ended(records.endedSince(cancelled.cancelledAt().minusSeconds(1)).stream()
                .filter(hold -> hold.showId().equals(cancelled.showId())).toList());
    }
}
