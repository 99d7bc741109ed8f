package com.boxoffice.seating.control;

import com.boxoffice.catalog.boundary.CategoryPrice;
import com.boxoffice.catalog.control.LayoutSeat;
import com.boxoffice.catalog.control.ShowSeating;
import com.boxoffice.catalog.control.ShowSeatings;
import com.boxoffice.platform.error.NotFound;
import com.boxoffice.platform.error.ValidationFailed;
import com.boxoffice.platform.ratelimit.RateLimiter;
import com.boxoffice.platform.security.Caller;
import com.boxoffice.seating.boundary.HoldView;
import com.boxoffice.waitingroom.control.AdmissionGate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seat holds: all or nothing, one active hold per user and show, never two holds on one seat. Seats are
 * locked in Redis (one script per operation) and every hold is recorded in PostgreSQL; while Redis is
 * unreachable the same operations run on PostgreSQL under the show's row lock.
 */
@ApplicationScoped
public class Holds {

    @Inject
    ShowSeatings seatings;

    @Inject
    RedisSeatLocks redis;

    @Inject
    DatabaseSeatLocks database;

    @Inject
    RedisHoldChanges redisChanges;

    @Inject
    HoldRecords records;

    @Inject
    LockRouter router;

    @Inject
    HoldMetrics metrics;

    @Inject
    RateLimiter limiter;

    @Inject
    HoldLimit holdLimit;

    @Inject
    AdmissionGate admissions;

    @Inject
    Event<SeatsChanged> seatsChanged;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "boxoffice.hold.ttl", defaultValue = "300")
    long ttlSeconds;

    @Inject
    @ConfigProperty(name = "boxoffice.hold.rate-limit", defaultValue = "30")
    int holdsPerWindow;

    public HoldView create(Caller caller, UUID showId, List<String> seatIds) {
        return create(caller, showId, seatIds, Duration.ofSeconds(ttlSeconds));
    }

    /** With a lifetime of its own: for tests of expiry, which cannot wait five minutes. */
    HoldView create(Caller caller, UUID showId, List<String> seatIds, Duration lifetime) {
        ShowSeating show = seatings.of(showId);
        BigDecimal total = priceOf(show, seatIds);
        requireBookable(show);
        admissions.requireAdmitted(caller, show.movieId());
        limiter.acquire("holds", caller.userId(), holdsPerWindow);

        Instant started = clock.instant();
        UUID userId = UUID.fromString(caller.userId());
        // whole seconds, rounded up, so the expiry a client sees is exactly when the seats go
        Instant expiresAt = started.plus(lifetime).plusMillis(999).truncatedTo(ChronoUnit.SECONDS);
        HoldRecord hold = new HoldRecord(UUID.randomUUID(), showId, userId, List.copyOf(seatIds), HoldStatus.ACTIVE,
                LockBackend.REDIS, total, expiresAt, null);
        HoldRecord taken = onEitherBackend(() -> createInRedis(hold), () -> createInDatabase(hold.on(LockBackend.DATABASE)));
        metrics.created(taken.backend(), Duration.between(started, clock.instant()));
        seatsChanged.fire(new SeatsChanged(showId));
        return view(taken);
    }

    /** Owner only, as the contract says: a hold is a customer's cart, not a record staff look up. */
    public HoldView get(Caller caller, UUID holdId) {
        return view(own(caller, holdId));
    }

    public HoldView change(Caller caller, UUID holdId, List<String> seatIds) {
        HoldRecord hold = ownActive(caller, holdId);
        if (hold.orderId() != null) {
            throw new HoldHasOrder();
        }
        ShowSeating show = seatings.of(hold.showId());
        BigDecimal total = priceOf(show, seatIds);
        requireBookable(show);
        SeatChange change = onEitherBackend(() -> conflictsCounted(redisChanges.change(hold, seatIds, total),
                LockBackend.REDIS), () -> conflictsCounted(database.change(hold, seatIds, total), LockBackend.DATABASE));
        if (!change.holdChangeable()) {
            throw records.find(holdId).map(HoldRecord::orderId).isPresent() ? new HoldHasOrder() : new HoldNotActive();
        }
        if (change.overLimit()) {
            throw holdLimit.reached();
        }
        if (!change.done()) {
            throw new SeatsUnavailable(change.unavailable());
        }
        seatsChanged.fire(new SeatsChanged(hold.showId()));
        return view(records.find(holdId).orElseThrow());
    }

    /** Releasing a hold that already ended is harmless; a converted one belongs to an order. */
    public void release(Caller caller, UUID holdId) {
        HoldRecord hold = own(caller, holdId);
        if (hold.storedStatus() == HoldStatus.CONVERTED) {
            throw new HoldNotActive();
        }
        if (hold.storedStatus() != HoldStatus.ACTIVE) {
            return;
        }
        if (router.current() == LockBackend.REDIS) {
            try {
                redis.release(hold.showId(), holdId, hold.userId());
            } catch (RedisUnavailable e) {
                router.redisFailed(e); // its keys are cleared when Redis is back
            }
        }
        if (records.end(holdId, HoldStatus.RELEASED)) {
            metrics.released();
        }
        seatsChanged.fire(new SeatsChanged(hold.showId()));
    }

    private HoldRecord createInRedis(HoldRecord hold) {
        RedisSeatLocks.Outcome outcome = redis.take(hold.showId(), hold.holdId(), hold.userId(), hold.seatIds(),
                hold.expiresAt());
        if (!outcome.taken()) {
            metrics.conflicted(LockBackend.REDIS);
            throw new SeatsUnavailable(outcome.conflicts());
        }
        HoldRecord granted = hold.endingAt(outcome.expiresAt());
        HoldRecords.Recorded recorded;
        try {
            recorded = records.recordRedisHold(granted, outcome.grantedAt(), holdLimit.maxSeats());
        } catch (RuntimeException e) {
            redis.release(hold.showId(), hold.holdId(), hold.userId());
            throw e;
        }
        if (recorded.overLimit()) {
            giveBack(granted, outcome.replacedHold());
            throw holdLimit.reached();
        }
        if (!recorded.heldElsewhere().isEmpty()) {
            giveBack(granted, outcome.replacedHold());
            metrics.conflicted(LockBackend.REDIS);
            throw new SeatsUnavailable(recorded.heldElsewhere());
        }
        // RELEASED when a newer hold of the same user and show, granted a moment later, replaced it
        return granted.stored(recorded.status());
    }

    private HoldRecord createInDatabase(HoldRecord hold) {
        SeatGrant grant = database.take(hold);
        if (grant.overLimit()) {
            throw holdLimit.reached();
        }
        if (!grant.granted()) {
            metrics.conflicted(LockBackend.DATABASE);
            throw new SeatsUnavailable(grant.unavailable());
        }
        return hold.endingAt(grant.expiresAt());
    }

    /**
     * Undoes a Redis grant that PostgreSQL refused to record: its seats go, and the user's hold of the show
     * that it replaced in Redis (still active on record) takes its seats back — or, where someone took one
     * of them in the meantime, ends, so that no seat is ever in two active holds.
     */
    private void giveBack(HoldRecord refused, UUID replaced) {
        redis.release(refused.showId(), refused.holdId(), refused.userId());
        if (replaced == null) {
            return;
        }
        records.find(replaced).filter(previous -> previous.activeAt(clock.instant())).ifPresent(previous -> {
            RedisSeatLocks.Outcome back = redis.take(previous.showId(), previous.holdId(), previous.userId(),
                    previous.seatIds(), previous.expiresAt());
            if (!back.taken() && records.end(previous.holdId(), HoldStatus.RELEASED)) {
                metrics.released();
            }
            seatsChanged.fire(new SeatsChanged(previous.showId()));
        });
    }

    /** Redis first; on the database when Redis is (or just became) unreachable. */
    private <T> T onEitherBackend(Supplier<T> onRedis, Supplier<T> onDatabase) {
        while (true) {
            if (router.current() == LockBackend.REDIS) {
                try {
                    return onRedis.get();
                } catch (RedisUnavailable e) {
                    router.redisFailed(e);
                }
            }
            try {
                return router.onDatabase(onDatabase);
            } catch (LockRouter.BackendChanged e) {
                // Redis came back while we waited: go again
            }
        }
    }

    /** Only the owner changes or releases a hold; to anyone else it does not exist. */
    private HoldRecord own(Caller caller, UUID holdId) {
        HoldRecord hold = records.find(holdId).orElseThrow(() -> new NotFound("Hold"));
        if (caller == null || !hold.userId().toString().equals(caller.userId())) {
            throw new NotFound("Hold");
        }
        return hold;
    }

    private HoldRecord ownActive(Caller caller, UUID holdId) {
        HoldRecord hold = own(caller, holdId);
        if (!hold.activeAt(clock.instant())) {
            throw new HoldNotActive();
        }
        return hold;
    }

    private void requireBookable(ShowSeating show) {
        if (!show.bookableAt(clock.instant())) {
            throw new ShowNotBookable();
        }
    }

    /** Checks the seats against the screen's layout and adds up their prices. */
    static BigDecimal priceOf(ShowSeating show, List<String> seatIds) {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String seat : seatIds) {
            if (!seen.add(seat)) {
                duplicates.add(seat);
            } else if (!show.layout().contains(seat)) {
                unknown.add(seat);
            }
        }
        if (!duplicates.isEmpty()) {
            throw new ValidationFailed("seatIds", "names a seat twice: " + String.join(", ", duplicates));
        }
        if (!unknown.isEmpty()) {
            throw new ValidationFailed("seatIds", "no such seats on this screen: " + String.join(", ", unknown));
        }
        Map<String, BigDecimal> prices = show.prices().stream()
                .collect(Collectors.toMap(CategoryPrice::name, CategoryPrice::price));
        BigDecimal total = BigDecimal.ZERO;
        for (String seat : seatIds) {
            LayoutSeat layoutSeat = show.layout().seat(seat);
            BigDecimal price = prices.get(layoutSeat.category().name());
            if (price == null) {
                throw new IllegalStateException("show " + show.showId() + " has no price for " + layoutSeat.category());
            }
            total = total.add(price);
        }
        return total.setScale(2);
    }

    private HoldView view(HoldRecord hold) {
        return new HoldView(hold.holdId(), hold.showId(), hold.seatIds(), hold.statusAt(clock.instant()).name(),
                hold.expiresAt(), hold.totalAmount().setScale(2));
    }

    private SeatChange conflictsCounted(SeatChange change, LockBackend backend) {
        if (!change.unavailable().isEmpty()) {
            metrics.conflicted(backend);
        }
        return change;
    }
}
