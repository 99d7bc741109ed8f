package com.boxoffice.ordering.boundary;

import com.boxoffice.ordering.control.OrderDetails;
import java.time.Instant;
import java.util.UUID;

/** A ticket: {@code status} VALID or VOID (its order was cancelled), {@code usedAt} once scanned at the door. */
public record TicketView(UUID ticketId, String seatId, String code, String status, Instant usedAt) {

    static TicketView of(OrderDetails.IssuedTicket ticket) {
        return new TicketView(ticket.ticketId(), ticket.seatId(), ticket.code(), ticket.status().name(), ticket.usedAt());
    }
}
