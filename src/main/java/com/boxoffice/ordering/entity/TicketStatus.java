package com.boxoffice.ordering.entity;

public enum TicketStatus {
    VALID, VOID
}
