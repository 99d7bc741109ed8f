package com.boxoffice.ordering.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A customer's order for the seats of one hold. It is paid while the hold lasts, then CONFIRMED (seats
 * sold, tickets issued), or it ends EXPIRED (not paid in time), FAILED (the sale was refused after
 * payment, money returned) or CANCELLED (refunded, seats for sale again).
 */
@Entity(name = "CustomerOrder")
@Table(name = "orders")
public class Order {

    public static final String CURRENCY = "INR";

    @Id
    @Column(name = "order_id")
    private UUID id;

    @Column(name = "user_id")
    private UUID userId;

    @Column(name = "show_id")
    private UUID showId;

    @Column(name = "hold_id")
    private UUID holdId;

    @Convert(converter = SeatListConverter.class)
    @Column(name = "seat_ids")
    private List<String> seatIds;

    @Enumerated(EnumType.STRING)
    private OrderStatus status;

    @Column(name = "total_amount")
    private BigDecimal totalAmount;

    private String currency;

    @Embedded
    private Customer customer;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    @Column(name = "confirmed_at")
    private OffsetDateTime confirmedAt;

    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    @Convert(converter = OptionalUuidConverter.class)
    @Column(name = "payment_id")
    private UUID paymentId;

    @Column(name = "paying_until")
    private OffsetDateTime payingUntil;

    @Version
    private long version;

    protected Order() {
    }

    public Order(UUID id, UUID userId, UUID showId, UUID holdId, List<String> seatIds, BigDecimal totalAmount,
                 Customer customer, OffsetDateTime createdAt, OffsetDateTime expiresAt) {
        this.id = id;
        this.userId = userId;
        this.showId = showId;
        this.holdId = holdId;
        this.seatIds = List.copyOf(seatIds);
        this.status = OrderStatus.PENDING_PAYMENT;
        this.totalAmount = totalAmount;
        this.currency = CURRENCY;
        this.customer = customer;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** The status a client sees: an unpaid order whose time ran out is EXPIRED before any sweep says so. */
    public OrderStatus statusAt(OffsetDateTime now) {
        if (status == OrderStatus.PENDING_PAYMENT && !expiresAt.isAfter(now) && !payingAt(now)) {
            return OrderStatus.EXPIRED;
        }
        return status;
    }

    public boolean payingAt(OffsetDateTime now) {
        return payingUntil != null && payingUntil.isAfter(now);
    }

    /** A payment starts: no other may start until it ends or {@code until} passes; the order lives that long. */
    public void startPaying(OffsetDateTime until) {
        payingUntil = until;
        if (until.isAfter(expiresAt)) {
            expiresAt = until;
        }
    }

    /** Until when the payment under way keeps the order (null when none is). */
    public OffsetDateTime payingUntil() {
        return payingUntil;
    }

    public void stopPaying() {
        payingUntil = null;
    }

    public void confirm(UUID paymentId, OffsetDateTime now) {
        this.status = status.to(OrderStatus.CONFIRMED);
        this.paymentId = paymentId;
        this.confirmedAt = now;
        this.payingUntil = null;
    }

    /** Unpaid, it ends EXPIRED or FAILED. */
    public void end(OrderStatus outcome) {
        if (outcome == OrderStatus.CONFIRMED) {
            throw new IllegalArgumentException("an order is confirmed with its payment");
        }
        this.status = status.to(outcome);
        this.payingUntil = null;
    }

    public void cancel(OffsetDateTime now) {
        this.status = status.to(OrderStatus.CANCELLED);
        this.cancelledAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID userId() {
        return userId;
    }

    public UUID showId() {
        return showId;
    }

    public UUID holdId() {
        return holdId;
    }

    public List<String> seatIds() {
        return seatIds;
    }

    public OrderStatus status() {
        return status;
    }

    public BigDecimal totalAmount() {
        return totalAmount;
    }

    public String currency() {
        return currency;
    }

    public Customer customer() {
        return customer;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime expiresAt() {
        return expiresAt;
    }

    public OffsetDateTime confirmedAt() {
        return confirmedAt;
    }

    public OffsetDateTime cancelledAt() {
        return cancelledAt;
    }

    public UUID paymentId() {
        return paymentId;
    }
}
