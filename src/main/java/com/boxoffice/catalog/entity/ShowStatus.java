package com.boxoffice.catalog.entity;

public enum ShowStatus {
    SCHEDULED, CANCELLED
}
