package com.boxoffice.waitingroom.control;

import com.boxoffice.platform.error.NotFound;
import com.boxoffice.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/** Customers joining a waiting room's line and asking where they stand. */
@ApplicationScoped
public class Entries {

    @Inject
    WaitingRooms rooms;

    @Inject
    WaitingLine line;

    /** An entry with what the customer should expect: how long, and when to ask again. */
    public record Standing(Entry entry, Estimate estimate, boolean joinedNow) {
    }

    /** Joins the line; joining again answers the same place, never a better or a worse one. */
    public Standing join(Caller caller, UUID movieId) {
        RoomSettings room = room(movieId);
        return standing(room, line.join(room, UUID.fromString(caller.userId())));
    }

    public Optional<Standing> mine(Caller caller, UUID movieId) {
        RoomSettings room = room(movieId);
        return line.look(room, UUID.fromString(caller.userId())).map(place -> standing(room, place));
    }

    private Standing standing(RoomSettings room, WaitingLine.Place place) {
        WaitingLine.Counts counts = place.entry().status() == Entry.Status.WAITING && place.opened()
                ? line.counts(room, place.now()) : new WaitingLine.Counts(0, 0, 0);
        return new Standing(place.entry(), Estimate.of(room, place.entry(), place.opened(), counts, place.now()),
                place.joinedNow());
    }

    private RoomSettings room(UUID movieId) {
        return rooms.of(movieId).orElseThrow(() -> new NotFound("Waiting room"));
    }
}
