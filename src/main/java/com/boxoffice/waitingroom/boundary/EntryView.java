package com.boxoffice.waitingroom.boundary;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer's place in a waiting room. {@code position} (1 = next in) and {@code aheadOfYou} are null before
 * the room opens; ask again after {@code pollAfterSeconds}.
 */
public record EntryView(UUID entryId, UUID movieId, String status, Long position, Long aheadOfYou,
                        Long estimatedWaitSeconds, Long pollAfterSeconds, Instant admittedAt, Instant passExpiresAt) {
}
