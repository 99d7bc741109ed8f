package com.boxoffice.waitingroom.control;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer's place in a waiting room. {@code position} (1 = next in) is null while the room has not opened
 * or once the customer was admitted; a pass is live from {@code admittedAt} to {@code passExpiresAt}.
 */
public record Entry(UUID entryId, UUID movieId, Status status, Long position, Instant joinedAt, Instant admittedAt,
                    Instant passExpiresAt) {

    public enum Status { WAITING, ADMITTED, EXPIRED }

    static Entry of(UUID movieId, String stored, Long rank, Instant now) {
        String[] parts = stored.split("\\|", -1);
        Instant admitted = parts[2].isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(parts[2]));
        Instant passEnds = parts[3].isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(parts[3]));
        Status status = admitted == null ? Status.WAITING : passEnds.isAfter(now) ? Status.ADMITTED : Status.EXPIRED;
        return new Entry(UUID.fromString(parts[0]), movieId, status, status == Status.WAITING && rank != null ? rank + 1
                : null, Instant.ofEpochMilli(Long.parseLong(parts[1])), admitted, passEnds);
    }

    public Long aheadOfYou() {
        return position == null ? null : position - 1;
    }
}
