package com.boxoffice.seating.control;

import com.boxoffice.catalog.control.CategoryPrice;
import com.boxoffice.catalog.control.LayoutSeat;
import com.boxoffice.catalog.control.ShowSeating;
import com.boxoffice.catalog.control.ShowSeatings;
import com.boxoffice.platform.Money;
import com.boxoffice.platform.error.NotFound;
import com.boxoffice.platform.ratelimit.RateLimiter;
import com.boxoffice.platform.security.Caller;
import com.boxoffice.waitingroom.control.AdmissionGate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seat holds: all or nothing, one active hold per user and show, never two holds on one seat. Checks the
 * request (the show bookable, the seats on its screen, the customer let in and within limits), prices it,
 * and leaves the seats to {@link SeatLocks}.
 */
@ApplicationScoped
public class Holds {

    @Inject
    ShowSeatings seatings;

    @Inject
    SeatLocks locks;

    @Inject
    HoldRecords records;

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

    public Hold create(Caller caller, UUID showId, List<String> seatIds) {
        return create(caller, showId, seatIds, Duration.ofSeconds(ttlSeconds));
    }

    /** With a lifetime of its own: for tests of expiry, which cannot wait five minutes. */
    Hold create(Caller caller, UUID showId, List<String> seatIds, Duration lifetime) {
        ShowSeating show = seatings.of(showId);
        BigDecimal total = priceOf(show, seatIds);
        requireBookable(show);
        admissions.requireAdmitted(caller, show.movieId());
        limiter.acquire("holds", caller.userId(), holdsPerWindow);

        Instant started = clock.instant();
        UUID userId = UUID.fromString(caller.userId());
        // whole seconds, rounded up, so the expiry a client sees is exactly when the seats go
        Instant expiresAt = started.plus(lifetime).plusMillis(999).truncatedTo(ChronoUnit.SECONDS);
        Hold hold = new Hold(UUID.randomUUID(), showId, userId, List.copyOf(seatIds), HoldStatus.ACTIVE,
                LockBackend.REDIS, total, expiresAt, null);
        Hold taken = locks.take(hold);
        metrics.created(taken.backend(), Duration.between(started, clock.instant()));
        seatsChanged.fire(new SeatsChanged(showId));
        return taken;
    }

    /** Owner only, as the contract says: a hold is a customer's cart, not a record staff look up. */
    public Hold get(Caller caller, UUID holdId) {
        return own(caller, holdId);
    }

    public Hold change(Caller caller, UUID holdId, List<String> seatIds) {
        Hold hold = ownActive(caller, holdId);
        if (hold.orderId() != null) {
            throw new HoldHasOrder();
        }
        ShowSeating show = seatings.of(hold.showId());
        BigDecimal total = priceOf(show, seatIds);
        requireBookable(show);
        SeatChange change = locks.change(hold, seatIds, total);
        if (!change.holdChangeable()) {
            throw records.find(holdId).map(Hold::orderId).isPresent() ? new HoldHasOrder() : new HoldNotActive();
        }
        if (change.overLimit()) {
            throw holdLimit.reached();
        }
        if (!change.done()) {
            throw new SeatsUnavailable(change.unavailable());
        }
        seatsChanged.fire(new SeatsChanged(hold.showId()));
        return records.find(holdId).orElseThrow();
    }

    /**
     * Releasing a hold that already ended is harmless; a converted one belongs to an order. One transaction: the
     * hold is read and ended in it, the seats let go in between (Redis, or the database's seat rows).
     */
    @Transactional
    public void release(Caller caller, UUID holdId) {
        Hold hold = own(caller, holdId);
        if (!hold.releasable()) {
            return;
        }
        // the record first: its seat rows are gone (a claim of those seats waits for this commit rather than
        // being refused) before Redis lets the seats go
        if (records.end(holdId, HoldStatus.RELEASED)) {
            metrics.released();
        }
        locks.release(hold);
        seatsChanged.fire(new SeatsChanged(hold.showId()));
    }

    /** Only the owner changes or releases a hold; to anyone else it does not exist. */
    private Hold own(Caller caller, UUID holdId) {
        Hold hold = records.find(holdId).orElseThrow(() -> new NotFound("Hold"));
        if (caller == null || !hold.userId().toString().equals(caller.userId())) {
            throw new NotFound("Hold");
        }
        return hold;
    }

    private Hold ownActive(Caller caller, UUID holdId) {
        Hold hold = own(caller, holdId);
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
        SeatSet seats = SeatSet.of(seatIds, show.layout());
        Map<String, BigDecimal> prices = show.prices().stream()
                .collect(Collectors.toMap(CategoryPrice::name, CategoryPrice::price));
        Money total = Money.ZERO;
        for (String seat : seats.seatIds()) {
            LayoutSeat layoutSeat = show.layout().seat(seat);
            BigDecimal price = prices.get(layoutSeat.category().name());
            if (price == null) {
                throw new IllegalStateException("show " + show.showId() + " has no price for " + layoutSeat.category());
            }
            total = total.plus(Money.of(price));
        }
        return total.amount();
    }

}
