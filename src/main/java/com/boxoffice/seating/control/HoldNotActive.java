package com.boxoffice.seating.control;

import com.boxoffice.platform.error.ApiException;
import com.boxoffice.platform.error.ErrorCode;

/** The hold ended (expired, released, replaced) or was used for an order. */
public class HoldNotActive extends ApiException {

    public HoldNotActive() {
        super(ErrorCode.HOLD_NOT_ACTIVE, "The hold has expired, was released or was used for an order");
    }
}
