package com.boxoffice.support;

/** What PostgreSQL, the arbiter of holds and sales, says of a show's seats after a test's turmoil. */
public final class SeatAudit {

    private SeatAudit() {
    }

    /** Seats of the show in more than one hold that is active now. */
    public static long seatsInTwoActiveHolds(String show) {
        return Database.count("SELECT count(*) FROM (SELECT seat FROM holds h, unnest(h.seat_ids) AS seat"
                + " WHERE h.show_id = ?::uuid AND h.status = 'ACTIVE' AND h.expires_at > now()"
                + " GROUP BY seat HAVING count(*) > 1) t", show);
    }

    /** Seats of the show on more than one valid ticket (sold_seats cannot say: its unique index forbids it). */
    public static long seatsSoldTwice(String show) {
        return Database.count("SELECT count(*) FROM (SELECT seat_id FROM tickets WHERE show_id = ?::uuid"
                + " AND status = 'VALID' GROUP BY seat_id HAVING count(*) > 1) t", show);
    }

    /** Valid tickets of the show. */
    public static long ticketsOf(String show) {
        return Database.count("SELECT count(*) FROM tickets WHERE show_id = ?::uuid AND status = 'VALID'", show);
    }
}
