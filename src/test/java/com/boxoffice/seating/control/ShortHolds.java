package com.boxoffice.seating.control;

import com.boxoffice.platform.security.Caller;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** For in-server tests of other features: holds that run out in seconds. */
public final class ShortHolds {

    private ShortHolds() {
    }

    public static Hold create(Holds holds, Caller caller, UUID showId, List<String> seats, Duration lifetime) {
        return holds.create(caller, showId, seats, lifetime);
    }
}
