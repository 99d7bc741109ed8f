package com.boxoffice.ordering.gateway;

/** The provider did not answer in time: the call may or may not have taken effect. */
public class GatewayTimeout extends RuntimeException {

    public GatewayTimeout(String message) {
        super(message);
    }
}
