package com.boxoffice.seating.control;

import com.boxoffice.catalog.control.ShowSeating;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Seat locks in PostgreSQL, for while Redis is unreachable: each step is one transaction under the show's row
 * lock ({@link DatabaseSeatLocks}). The record is the lock here, so what Redis needs after a commit is nothing.
 */
@ApplicationScoped
@Typed(SeatLocksOnDatabase.class)
public class SeatLocksOnDatabase implements SeatLocks {

    @Inject
    DatabaseSeatLocks database;

    @Inject
    HoldRecords records;

    @Inject
    SoldSeats soldSeats;

    @Inject
    HoldLimit holdLimit;

    @Inject
    HoldMetrics metrics;

    @Override
    public Hold take(Hold hold) {
        Hold onDatabase = hold.on(LockBackend.DATABASE);
        SeatGrant grant = database.take(onDatabase);
        if (grant.overLimit()) {
            throw holdLimit.reached();
        }
        if (!grant.granted()) {
            metrics.conflicted(LockBackend.DATABASE);
            throw new SeatsUnavailable(grant.unavailable());
        }
        return onDatabase.endingAt(grant.expiresAt());
    }

    @Override
    public SeatChange change(Hold hold, List<String> seatIds, BigDecimal totalAmount) {
        SeatChange change = database.change(hold, seatIds, totalAmount);
        if (!change.unavailable().isEmpty()) {
            metrics.conflicted(LockBackend.DATABASE);
        }
        return change;
    }

    @Override
    public void release(Hold hold) {
        // the hold's record ending frees its seats
    }

    @Override
    public boolean keepUntil(Hold hold, Instant until) {
        return true; // the record was extended
    }

    @Override
    public void sold(Hold hold) {
        // sold_seats is the database's word
    }

    @Override
    public void unsold(UUID showId, List<String> seatIds) {
        // sold_seats is the database's word
    }

    @Override
    public void ended(List<Hold> holds) {
        // their records ended
    }

    @Override
    public ShowOccupancy occupancy(ShowSeating show, UUID callerId) {
        Set<String> held = new HashSet<>();
        Set<String> mine = new HashSet<>();
        for (Hold hold : records.activeOfShow(show.showId())) {
            held.addAll(hold.seatIds());
            if (hold.userId().equals(callerId)) {
                mine.addAll(hold.seatIds());
            }
        }
        return new ShowOccupancy(held, mine, new HashSet<>(soldSeats.of(show.showId())));
    }

    @Override
    public LockBackend backend() {
        return LockBackend.DATABASE;
    }
}
