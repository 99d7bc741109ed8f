package com.boxoffice.seating.control;

import com.boxoffice.catalog.control.ShowCancelled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/** A cancelled show's holds end with the cancellation; their Redis keys go once it has committed. */
@ApplicationScoped
public class CancelledShowHolds {

    private static final Logger LOG = Logger.getLogger(CancelledShowHolds.class.getName());

    @Inject
    HoldRecords records;

    @Inject
    RedisSeatLocks redis;

    @Inject
    LockRouter router;

    /** In the cancelling transaction: no hold of the show stays active if the cancellation commits. */
    void release(@Observes ShowCancelled cancelled) {
        for (HoldRecord hold : records.activeOfShow(cancelled.showId())) {
            records.end(hold.holdId(), HoldStatus.RELEASED);
        }
    }

    void clearRedis(@Observes(during = TransactionPhase.AFTER_SUCCESS) ShowCancelled cancelled) {
        if (router.current() != LockBackend.REDIS) {
            return; // cleared when Redis is back, with every hold that ended meanwhile
        }
        List<HoldRecord> ended = records.endedSince(cancelled.cancelledAt().minusSeconds(1));
        try {
            ended.stream().filter(hold -> hold.showId().equals(cancelled.showId()))
                    .forEach(hold -> redis.release(hold.showId(), hold.holdId(), hold.userId()));
        } catch (RedisUnavailable e) {
            router.redisFailed(e);
            LOG.warning("Redis keys of cancelled show " + cancelled.showId() + " are cleared when Redis is back");
        }
    }
}
