package com.boxoffice.seating.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record HoldView(UUID holdId, UUID showId, List<String> seatIds, String status, Instant expiresAt,
                       BigDecimal totalAmount) {
}
