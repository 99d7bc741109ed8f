package com.boxoffice.seating.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fair use: a customer's live holds together cover at most {@code boxoffice.max-held-seats} seats, across
 * every show. PostgreSQL counts, under the customer's lock, whichever backend takes the seats.
 */
@ApplicationScoped
public class HoldLimit {

    @Inject
    @ConfigProperty(name = "boxoffice.max-held-seats", defaultValue = "20")
    int maxSeats;

    public int maxSeats() {
        return maxSeats;
    }

    /** Whether a hold of {@code seats} seats beside {@code heldElsewhere} seats of other shows goes over. */
    boolean exceededBy(int heldElsewhere, int seats) {
        return heldElsewhere + seats > maxSeats;
    }

    HoldLimitReached reached() {
        return new HoldLimitReached(maxSeats);
    }
}
