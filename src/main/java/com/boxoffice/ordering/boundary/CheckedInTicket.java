package com.boxoffice.ordering.boundary;

import java.time.Instant;
import java.util.UUID;

public record CheckedInTicket(UUID ticketId, UUID orderId, UUID showId, String seatId, String code, String status,
                              Instant usedAt) {
}
