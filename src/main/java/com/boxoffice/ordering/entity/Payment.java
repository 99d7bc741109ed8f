package com.boxoffice.ordering.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One attempt to take money for an order, recorded before the provider is asked. */
@Entity
@Table(name = "payments")
public class Payment {

    @Id
    @Column(name = "payment_id")
    private UUID id;

    @Column(name = "order_id")
    private UUID orderId;

    @Column(name = "gateway_key")
    private String gatewayKey;

    private String method;

    private String token;

    private BigDecimal amount;

    private String currency;

    @Enumerated(EnumType.STRING)
    private PaymentStatus status;

    @Column(name = "provider_ref")
    private String providerRef;

    @Column(name = "decline_reason")
    private String declineReason;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "took_ms")
    private Integer tookMillis;

    @Column(name = "refunded_at")
    private OffsetDateTime refundedAt;

    protected Payment() {
    }

    public Payment(UUID id, UUID orderId, String method, String token, BigDecimal amount, String currency,
                   OffsetDateTime now) {
        this.id = id;
        this.orderId = orderId;
        this.gatewayKey = "pay_" + id;
        this.method = method;
        this.token = token;
        this.amount = amount;
        this.currency = currency;
        this.status = PaymentStatus.STARTED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void update(PaymentStatus status, String providerRef, OffsetDateTime now) {
        this.status = status;
        if (providerRef != null) {
            this.providerRef = providerRef;
        }
        this.updatedAt = now;
        if (status == PaymentStatus.REFUNDED || status == PaymentStatus.VOIDED) {
            this.refundedAt = now;
        }
    }

    public void decline(String reason, OffsetDateTime now) {
        update(PaymentStatus.DECLINED, null, now);
        this.declineReason = reason;
    }

    public void took(long millis) {
        this.tookMillis = (int) Math.min(Integer.MAX_VALUE, millis);
    }

    public UUID id() {
        return id;
    }

    public UUID orderId() {
        return orderId;
    }

    public String gatewayKey() {
        return gatewayKey;
    }

    public String method() {
        return method;
    }

    public String token() {
        return token;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public PaymentStatus status() {
        return status;
    }

    public String providerRef() {
        return providerRef;
    }

    public OffsetDateTime refundedAt() {
        return refundedAt;
    }
}
