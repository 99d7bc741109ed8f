package com.boxoffice.seating.control;

import com.boxoffice.platform.error.ApiException;
import com.boxoffice.platform.error.ErrorCode;
import java.util.Map;

/** HOLD_LIMIT_REACHED: the customer's live holds would cover more seats than fair use allows. */
public class HoldLimitReached extends ApiException {

    public HoldLimitReached(int maxSeats) {
        super(ErrorCode.HOLD_LIMIT_REACHED, "Your holds may cover at most " + maxSeats + " seats at a time; release or"
                + " buy some first", Map.of("maxSeats", maxSeats));
    }
}
