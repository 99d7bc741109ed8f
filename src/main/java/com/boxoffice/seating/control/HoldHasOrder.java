package com.boxoffice.seating.control;

import com.boxoffice.platform.error.ApiException;
import com.boxoffice.platform.error.ErrorCode;

/** The hold's seats are in an order, so they cannot change. */
public class HoldHasOrder extends ApiException {

    public HoldHasOrder() {
        super(ErrorCode.HOLD_HAS_ORDER, "The hold's seats are in an order; release the hold to start over");
    }
}
