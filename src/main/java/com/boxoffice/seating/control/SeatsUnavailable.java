package com.boxoffice.seating.control;

import com.boxoffice.platform.error.ApiException;
import com.boxoffice.platform.error.ErrorCode;
import java.util.List;
import java.util.Map;

/** SEATS_UNAVAILABLE: the exact seats that someone else holds or that are sold. */
public class SeatsUnavailable extends ApiException {

    public SeatsUnavailable(List<String> seatIds) {
        super(ErrorCode.SEATS_UNAVAILABLE, "Seats " + String.join(", ", seatIds) + " are no longer available",
                Map.of("unavailableSeatIds", List.copyOf(seatIds)));
    }
}
