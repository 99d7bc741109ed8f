package com.boxoffice.seating.control;

import com.boxoffice.catalog.control.ShowSeating;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where the seats of holds are locked, so that no seat is ever in two active holds. Two stores implement it —
 * Redis ({@link SeatLocksOnRedis}), and PostgreSQL for while Redis is away ({@link SeatLocksOnDatabase}) — and
 * {@link RoutedSeatLocks}, the one callers get, alone decides which one serves each call.
 */
public interface SeatLocks {

    /**
     * Takes every seat of a new hold or none, recording it, and answers the hold as granted: the store that
     * took it, its end (that of the user's hold of the show it replaces, if any) and its stored status.
     *
     * @throws SeatsUnavailable with the seats that someone else holds or that are sold
     * @throws HoldLimitReached beyond the fair-use limit
     */
    Hold take(Hold hold);

    /** Replaces the hold's seats, all or nothing; the answer says why not. */
    SeatChange change(Hold hold, List<String> seatIds, BigDecimal totalAmount);

    /** Frees the hold's seats at once (its record is ended by the caller). */
    void release(Hold hold);

    /** Keeps the hold's seats until at least {@code until} (its record was extended); false when it lost them. */
    boolean keepUntil(Hold hold, Instant until);

    /** After a sale of the hold's seats committed. */
    void sold(Hold hold);

    /** After a sale was undone and committed: the seats may be held again. */
    void unsold(UUID showId, List<String> seatIds);

    /** After holds were ended in the database by someone else than their owner (a cancelled show). */
    void ended(List<Hold> holds);

    /** Who holds and who bought which seat of the show, as of now. */
    ShowOccupancy occupancy(ShowSeating show, UUID callerId);

    LockBackend backend();
}
