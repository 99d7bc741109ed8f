package com.boxoffice.catalog.control;

import com.boxoffice.catalog.entity.ShowStatus;
import java.time.Instant;
import java.util.UUID;

/** What ordering and notifications tell a customer about a show, and its theatre's cancellation rule. */
public record ShowFacts(UUID showId, String movieTitle, String theatreName, String theatreAddress, String city,
                        String screenName, Instant startTime, ShowStatus status, boolean cancellationAvailable) {
}
