package com.boxoffice.waitingroom.boundary;

import java.time.Instant;
import java.util.UUID;

/** A movie's waiting room: its settings, whether it opened, how many wait and how many shop. */
public record WaitingRoomView(UUID movieId, Instant opensAt, int admitPerMinute, int maxShoppers, int passSeconds,
                              String status, long waiting, long shopping) {
}
