package com.boxoffice.ordering.control;

import com.boxoffice.platform.error.ApiException;
import com.boxoffice.platform.error.ErrorCode;

/** The order's hold ran out (or was released) before its payment completed; the order is EXPIRED. */
public class HoldExpired extends ApiException {

    public HoldExpired(String message) {
        super(ErrorCode.HOLD_EXPIRED, message);
    }
}
