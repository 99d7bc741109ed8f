package com.boxoffice.ordering.control;

import com.boxoffice.platform.error.ApiException;
import com.boxoffice.platform.error.ErrorCode;

/** The same payment, or a request with the same idempotency key, is still running: try again shortly. */
public class RequestInProgress extends ApiException {

    public RequestInProgress(String message) {
        super(ErrorCode.REQUEST_IN_PROGRESS, message);
    }
}
