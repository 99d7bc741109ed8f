package com.boxoffice.ordering.gateway;

/** The provider's view of one charge. */
public record Charge(String chargeId, State state, String declineCode) {

    public enum State {
        AUTHORIZED, CAPTURED, DECLINED, VOIDED, REFUNDED
    }

    public boolean declined() {
        return state == State.DECLINED;
    }
}
