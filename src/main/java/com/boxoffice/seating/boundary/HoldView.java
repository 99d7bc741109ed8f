package com.boxoffice.seating.boundary;

import com.boxoffice.platform.Money;
import com.boxoffice.seating.control.Hold;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record HoldView(UUID holdId, UUID showId, List<String> seatIds, String status, Instant expiresAt,
                       BigDecimal totalAmount) {

    /** The hold as its owner sees it at {@code now}: EXPIRED once its time ran out. */
    public static HoldView of(Hold hold, Instant now) {
        return new HoldView(hold.holdId(), hold.showId(), hold.seatIds(), hold.statusAt(now).name(),
                hold.expiresAt(), Money.rounded(hold.totalAmount()));
    }
}
