package com.boxoffice.ordering.boundary;

import java.time.Instant;
import java.util.UUID;

/** A ticket: {@code status} VALID or VOID (its order was cancelled), {@code usedAt} once scanned at the door. */
public record TicketView(UUID ticketId, String seatId, String code, String status, Instant usedAt) {
}
