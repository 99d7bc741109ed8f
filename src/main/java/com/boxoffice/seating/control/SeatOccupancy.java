package com.boxoffice.seating.control;

import com.boxoffice.catalog.control.SeatAvailability;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The live state of a show's seats, read fresh on every call (never cached, so a seat map is never older
 * than a write this server acknowledged). Holds and sales plug in here: until they exist, no seat is taken.
 */
@ApplicationScoped
public class SeatOccupancy implements SeatAvailability {

    public ShowOccupancy of(UUID showId) {
        return ShowOccupancy.NONE;
    }

    @Override
    public Map<UUID, Integer> takenSeats(Collection<UUID> showIds) {
        return Map.of();
    }
}
