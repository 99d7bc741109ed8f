package com.boxoffice.platform.error;

public class NotFound extends ApiException {

    public NotFound(String what) {
        super(404, ErrorCodes.NOT_FOUND, what + " not found");
    }
}
