package com.boxoffice.seating.control;

public enum HoldStatus {
    ACTIVE, RELEASED, EXPIRED, CONVERTED
}
