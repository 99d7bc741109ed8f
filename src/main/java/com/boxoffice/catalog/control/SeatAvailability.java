package com.boxoffice.catalog.control;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * How many seats of each show are taken (held or sold). Seating implements it; the catalog only
 * needs the numbers to tell how many seats a show has left.
 */
public interface SeatAvailability {

    /** Taken seats per show; a show that is missing from the answer has none taken. */
    Map<UUID, Integer> takenSeats(Collection<UUID> showIds);
}
