package com.boxoffice.platform.error;

public class NotFound extends ApiException {

    public NotFound(String what) {
        super(ErrorCode.NOT_FOUND, what + " not found");
    }
}
