package com.boxoffice.ordering.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-12-17T10:00:00Z");

    private static Order order() {
        return new Order(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), List.of("A1"),
                new BigDecimal("150.00"), new Customer("Asha", "asha@example.com", null), T0, T0.plusMinutes(5));
    }

    @Test
    void anUnpaidOrderReadsExpiredOnceItsTimeRanOut() {
        Order order = order();
        assertEquals(OrderStatus.PENDING_PAYMENT, order.statusAt(T0.plusMinutes(4)));
        assertEquals(OrderStatus.EXPIRED, order.statusAt(T0.plusMinutes(5)));
    }

    @Test
    void aPaymentInFlightKeepsItAliveAndExtendsItsTime() {
        Order order = order();
        order.startPaying(T0.plusMinutes(6));
        assertEquals(T0.plusMinutes(6), order.expiresAt());
        assertEquals(OrderStatus.PENDING_PAYMENT, order.statusAt(T0.plusSeconds(330)));
        order.startPaying(T0.plusMinutes(1));
        assertEquals(T0.plusMinutes(6), order.expiresAt(), "never shortened");
    }

    @Test
    void confirmedOrdersDoNotExpire() {
        Order order = order();
        order.confirm(UUID.randomUUID(), T0.plusMinutes(1));
        assertEquals(OrderStatus.CONFIRMED, order.statusAt(T0.plusDays(1)));
    }

    @Test
    void seatListsRoundTrip() {
        SeatListConverter converter = new SeatListConverter();
        assertEquals("A1,K12", converter.convertToDatabaseColumn(List.of("A1", "K12")));
        assertEquals(List.of("A1", "K12"), converter.convertToEntityAttribute("A1,K12"));
        assertEquals(List.of(), converter.convertToEntityAttribute(""));
    }

    @Test
    void confirmOnlyFromPendingPayment() {
        Order expired = order();
        expired.end(OrderStatus.EXPIRED);
        assertThrows(IllegalStateException.class, () -> expired.confirm(UUID.randomUUID(), T0));
        Order confirmed = order();
        confirmed.confirm(UUID.randomUUID(), T0);
        assertThrows(IllegalStateException.class, () -> confirmed.confirm(UUID.randomUUID(), T0), "never twice");
        assertThrows(IllegalStateException.class, () -> confirmed.end(OrderStatus.EXPIRED));
    }

    @Test
    void onlyAConfirmedOrderIsCancelledAndACancelledOneStaysSo() {
        Order pending = order();
        assertThrows(IllegalStateException.class, () -> pending.cancel(T0));
        Order confirmed = order();
        confirmed.confirm(UUID.randomUUID(), T0);
        confirmed.cancel(T0.plusMinutes(1));
        assertEquals(OrderStatus.CANCELLED, confirmed.status());
        for (OrderStatus next : OrderStatus.values()) {
            assertFalse(OrderStatus.CANCELLED.canBecome(next));
        }
    }

    @Test
    void anUnpaidOrderEndsExpiredOrFailedButIsNotConfirmedWithoutItsPayment() {
        assertTrue(OrderStatus.PENDING_PAYMENT.canBecome(OrderStatus.FAILED));
        assertThrows(IllegalArgumentException.class, () -> order().end(OrderStatus.CONFIRMED));
        Order failed = order();
        failed.end(OrderStatus.FAILED);
        assertEquals(OrderStatus.FAILED, failed.status());
    }
}
