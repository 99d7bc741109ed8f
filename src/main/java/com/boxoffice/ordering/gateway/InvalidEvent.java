package com.boxoffice.ordering.gateway;

/** A webhook call that is not a genuine, fresh event of the provider. */
public class InvalidEvent extends RuntimeException {

    public InvalidEvent(String message) {
        super(message, null, false, false);
    }
}
