package com.boxoffice.waitingroom.boundary;

import com.boxoffice.waitingroom.control.Entries;
import com.boxoffice.waitingroom.control.Entry;
import com.boxoffice.waitingroom.control.RoomSettings;
import com.boxoffice.waitingroom.control.WaitingLine;
import java.time.Instant;

/** Maps the waiting room's domain records to the records the API answers with. */
final class WaitingRoomViews {

    private WaitingRoomViews() {
    }

    static WaitingRoomView room(RoomSettings room, WaitingLine.Counts counts, Instant now) {
        return new WaitingRoomView(room.movieId(), room.opensAt(), room.admitPerMinute(), room.maxShoppers(),
                room.passSeconds(), room.openAt(now) ? "OPEN" : "SCHEDULED", counts.waiting(), counts.shopping());
    }

    static EntryView entry(Entries.Standing standing) {
        Entry entry = standing.entry();
        return new EntryView(entry.entryId(), entry.movieId(), entry.status().name(), entry.position(),
                entry.aheadOfYou(), standing.estimate().waitSeconds(), standing.estimate().pollAfterSeconds(),
                entry.admittedAt(), entry.passExpiresAt());
    }
}
