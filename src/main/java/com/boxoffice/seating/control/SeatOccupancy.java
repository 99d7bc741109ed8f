package com.boxoffice.seating.control;

import com.boxoffice.catalog.control.SeatAvailability;
import com.boxoffice.catalog.control.ShowSeating;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The live state of a show's seats, read fresh on every call so that a seat map is never older than a
 * write this server acknowledged (from the seat locks); and, for show listings, how many seats are taken.
 */
@ApplicationScoped
public class SeatOccupancy implements SeatAvailability {

    @Inject
    SeatLocks locks;

    @Inject
    HoldRecords records;


    public ShowOccupancy of(ShowSeating show, UUID callerId) {
        return locks.occupancy(show, callerId);
    }

    /** Seats held or sold per show, from PostgreSQL, which records the holds of both backends. */
    @Override
    public Map<UUID, Integer> takenSeats(Collection<UUID> showIds) {
        return records.takenCounts(showIds);
    }


}
