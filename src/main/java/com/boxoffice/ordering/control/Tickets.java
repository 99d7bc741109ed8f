package com.boxoffice.ordering.control;

import com.boxoffice.ordering.entity.Ticket;
import com.boxoffice.ordering.entity.TicketStatus;
import com.boxoffice.platform.error.ApiException;
import com.boxoffice.platform.error.ErrorCode;
import com.boxoffice.platform.error.NotFound;
import com.boxoffice.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Tickets at the door: their QR codes, and check-in, which lets each ticket in once. */
@ApplicationScoped
@Transactional
public class Tickets {

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    @Inject
    Orders orders;

    @Inject
    Clock clock;

    /** The ticket's code as a QR PNG, for the order's owner or an admin. */
    public byte[] qr(Caller caller, UUID orderId, UUID ticketId) {
        orders.visible(caller, orderId);
        Ticket ticket = em.find(Ticket.class, ticketId);
        if (ticket == null || !ticket.orderId().equals(orderId)) {
            throw new NotFound("Ticket");
        }
        return QrCodes.png(ticket.code());
    }

    /** The ticket, now used. */
    public Ticket checkIn(String code) {
        List<Ticket> found = em.createQuery("SELECT t FROM Ticket t WHERE t.code = :code", Ticket.class)
                .setParameter("code", code.trim().toUpperCase()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (found.isEmpty()) {
            throw new NotFound("Ticket");
        }
        Ticket ticket = found.get(0);
        if (ticket.status() == TicketStatus.VOID) {
            throw new ApiException(ErrorCode.TICKET_VOID, "This ticket's order was cancelled");
        }
        if (ticket.usedAt() != null) {
            throw new ApiException(ErrorCode.TICKET_ALREADY_USED, "This ticket was already used",
                    Map.of("usedAt", ticket.usedAt().toInstant().toString(), "seatId", ticket.seatId()));
        }
        ticket.use(Now.utc(clock));
        return ticket;
    }
}
