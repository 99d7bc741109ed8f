package com.boxoffice.seating.control;

import com.boxoffice.catalog.control.LayoutSeat;
import com.boxoffice.catalog.control.SeatAvailability;
import com.boxoffice.catalog.control.ShowSeating;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The live state of a show's seats, read fresh on every call so that a seat map is never older than a
 * write this server acknowledged: from Redis normally, from PostgreSQL while Redis is away.
 */
@ApplicationScoped
public class SeatOccupancy implements SeatAvailability {

    @Inject
    LockRouter router;

    @Inject
    RedisSeatLocks redis;

    @Inject
    HoldRecords records;

    @Inject
    SoldSeats soldSeats;

    public ShowOccupancy of(ShowSeating show, UUID callerId) {
        if (router.current() == LockBackend.REDIS) {
            try {
                return fromRedis(show, callerId);
            } catch (RedisUnavailable e) {
                router.redisFailed(e);
            }
        }
        return fromDatabase(show.showId(), callerId);
    }

    /** Seats held or sold per show, from PostgreSQL, which records the holds of both backends. */
    @Override
    public Map<UUID, Integer> takenSeats(Collection<UUID> showIds) {
        return records.takenCounts(showIds);
    }

    private ShowOccupancy fromRedis(ShowSeating show, UUID callerId) {
        List<String> seatIds = show.layout().seats().stream().map(LayoutSeat::seatId).toList();
        RedisSeatLocks.Snapshot snapshot = redis.snapshot(show.showId(), seatIds, callerId);
        Set<String> mine = new HashSet<>();
        if (snapshot.callersHold() != null) {
            snapshot.holdBySeat().forEach((seat, hold) -> {
                if (hold.equals(snapshot.callersHold())) {
                    mine.add(seat);
                }
            });
        }
        return new ShowOccupancy(snapshot.holdBySeat().keySet(), mine, snapshot.sold());
    }

    private ShowOccupancy fromDatabase(UUID showId, UUID callerId) {
        Set<String> held = new HashSet<>();
        Set<String> mine = new HashSet<>();
        for (HoldRecord hold : records.activeOfShow(showId)) {
            held.addAll(hold.seatIds());
            if (hold.userId().equals(callerId)) {
                mine.addAll(hold.seatIds());
            }
        }
        return new ShowOccupancy(held, mine, new HashSet<>(soldSeats.of(showId)));
    }
}
