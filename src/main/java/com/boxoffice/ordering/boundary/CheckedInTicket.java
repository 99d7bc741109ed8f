package com.boxoffice.ordering.boundary;

import com.boxoffice.ordering.entity.Ticket;
import java.time.Instant;
import java.util.UUID;

public record CheckedInTicket(UUID ticketId, UUID orderId, UUID showId, String seatId, String code, String status,
                              Instant usedAt) {

    static CheckedInTicket of(Ticket ticket) {
        return new CheckedInTicket(ticket.id(), ticket.orderId(), ticket.showId(), ticket.seatId(), ticket.code(),
                ticket.status().name(), ticket.usedAt().toInstant());
    }
}
