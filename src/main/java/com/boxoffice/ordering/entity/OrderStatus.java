package com.boxoffice.ordering.entity;

public enum OrderStatus {
    PENDING_PAYMENT, CONFIRMED, EXPIRED, FAILED, CANCELLED
}
