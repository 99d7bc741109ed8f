package com.boxoffice.seating.control;

import com.boxoffice.catalog.control.ShowSeatings;
import com.boxoffice.catalog.control.ShowSeating;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** A show's seat map: the screen's layout (cached) with each seat's live status (never cached). */
@ApplicationScoped
public class SeatMaps {

    @Inject
    ShowSeatings seatings;

    @Inject
    SeatOccupancy occupancy;

    /** @param callerId the signed-in user asking, or null; their own held seats say {@code heldByYou}. */
    public SeatMap of(UUID showId, UUID callerId) {
        ShowSeating show = seatings.of(showId);
        return new SeatMap(show, occupancy.of(show, callerId));
    }
}
