package com.boxoffice.ordering.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One seat of a confirmed order; its unguessable code is what the usher scans, once. */
@Entity
@Table(name = "tickets")
public class Ticket {

    @Id
    @Column(name = "ticket_id")
    private UUID id;

    @Column(name = "order_id")
    private UUID orderId;

    @Column(name = "show_id")
    private UUID showId;

    @Column(name = "seat_id")
    private String seatId;

    private String code;

    @Enumerated(EnumType.STRING)
    private TicketStatus status;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected Ticket() {
    }

    public Ticket(UUID id, UUID orderId, UUID showId, String seatId, String code, OffsetDateTime createdAt) {
        this.id = id;
        this.orderId = orderId;
        this.showId = showId;
        this.seatId = seatId;
        this.code = code;
        this.status = TicketStatus.VALID;
        this.createdAt = createdAt;
    }

    public void use(OffsetDateTime now) {
        usedAt = now;
    }

    public void voidIt() {
        status = TicketStatus.VOID;
    }

    public UUID id() {
        return id;
    }

    public UUID orderId() {
        return orderId;
    }

    public UUID showId() {
        return showId;
    }

    public String seatId() {
        return seatId;
    }

    public String code() {
        return code;
    }

    public TicketStatus status() {
        return status;
    }

    public OffsetDateTime usedAt() {
        return usedAt;
    }
}
