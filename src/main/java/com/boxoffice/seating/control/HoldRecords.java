package com.boxoffice.seating.control;

import com.boxoffice.platform.database.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The holds table through native SQL on the persistence context, so that callers' transactions (and the
 * database path's show lock) cover every statement. Seat lists travel as comma-joined text: seat ids
 * come from the screen layout and never contain commas.
 */
@ApplicationScoped
@Transactional
public class HoldRecords {

    /** An active hold no order was made from yet: the only kind that may be ordered, or have its seats changed. */
    private static final String ORDERABLE = "status = 'ACTIVE' AND expires_at > clock_timestamp() AND order_id IS NULL";

    private static final String COLUMNS = "hold_id, show_id, user_id, array_to_string(seat_ids, ','), status,"
            + " backend, total_amount, expires_at, order_id";

    @PersistenceContext(unitName = "boxoffice")
    EntityManager em;

    @Inject
    HoldSeatRows seatRows;

    public Optional<Hold> find(UUID holdId) {
        List<?> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM holds WHERE hold_id = ?")
                .setParameter(1, holdId).getResultList();
        return rows.stream().findFirst().map(row -> record((Object[]) row));
    }

    /** The user's hold of this show that is active now, if any. */
    public Optional<Hold> activeOf(UUID userId, UUID showId) {
        List<?> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM holds WHERE user_id = ? AND show_id = ?"
                        + " AND status = 'ACTIVE' AND expires_at > now() ORDER BY created_at DESC LIMIT 1")
                .setParameter(1, userId).setParameter(2, showId).getResultList();
        return rows.stream().findFirst().map(row -> record((Object[]) row));
    }

    /** Every hold of the show that is active now, whichever backend took it. */
    public List<Hold> activeOfShow(UUID showId) {
        List<Hold> holds = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT " + COLUMNS + " FROM holds WHERE show_id = ?"
                + " AND status = 'ACTIVE' AND expires_at > now()").setParameter(1, showId).getResultList()) {
            holds.add(record((Object[]) row));
        }
        return holds;
    }

    /**
     * The live holds that have these seats in hold_seats, waiting for any transaction that is ending one of them
     * (a hold released or replaced in a transaction still open is not live).
     */
    public List<Hold> holdingSeats(UUID showId, Collection<String> seatIds) {
        List<Hold> holds = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT " + COLUMNS + " FROM holds WHERE hold_id IN (SELECT hold_id"
                        + " FROM hold_seats WHERE show_id = ? AND seat_id = ANY (string_to_array(?, ',')))"
                        + " AND status = 'ACTIVE' AND expires_at > clock_timestamp() FOR SHARE")
                .setParameter(1, showId).setParameter(2, String.join(",", seatIds)).getResultList()) {
            holds.add(record((Object[]) row));
        }
        return holds;
    }

    /** Every hold active now, for copying into Redis when it comes back. */
    public List<Hold> allActive() {
        List<Hold> holds = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT " + COLUMNS + " FROM holds WHERE status = 'ACTIVE'"
                + " AND expires_at > now()").getResultList()) {
            holds.add(record((Object[]) row));
        }
        return holds;
    }

    /** Holds that ended since the given moment, whose Redis keys may still linger. */
    public List<Hold> endedSince(Instant since) {
        List<Hold> holds = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT " + COLUMNS + " FROM holds WHERE status <> 'ACTIVE'"
                + " AND ended_at >= ?").setParameter(1, Timestamp.from(since)).getResultList()) {
            holds.add(record((Object[]) row));
        }
        return holds;
    }

    public Set<UUID> inactiveAmong(Collection<UUID> holdIds) {
        if (holdIds.isEmpty()) {
            return Set.of();
        }
        String ids = holdIds.stream().map(UUID::toString).collect(Collectors.joining(","));
        Set<UUID> inactive = new HashSet<>();
        for (Object id : em.createNativeQuery("SELECT hold_id FROM holds WHERE hold_id = ANY (string_to_array(?, ',')::uuid[])"
                + " AND (status <> 'ACTIVE' OR expires_at <= now())").setParameter(1, ids).getResultList()) {
            inactive.add(SqlValues.uuid(id));
        }
        return inactive;
    }

    /** Holds created in [from, to), for the booking funnel. */
    public long createdBetween(Instant from, Instant to) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM holds WHERE created_at >= ? AND created_at < ?")
                .setParameter(1, Timestamp.from(from)).setParameter(2, Timestamp.from(to)).getSingleResult()).longValue();
    }

    /**
     * Seats in the user's live holds of other shows, counted under the user's lock (held until the caller's
     * transaction ends), so that two holds of one user never both fit under the fair-use limit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int heldSeatsElsewhere(UUID userId, UUID showId) {
        return ((Number) em.createNativeQuery("SELECT held_seats_elsewhere(?, ?)").setParameter(1, userId)
                .setParameter(2, showId).getSingleResult()).intValue();
    }

    /** A hold of the database path, granted now by the database's clock. */
    public void insert(Hold hold) {
        em.createNativeQuery("INSERT INTO holds (hold_id, show_id, user_id, seat_ids, status, backend, total_amount,"
                        + " expires_at, seq) VALUES (?, ?, ?, string_to_array(?, ','), 'ACTIVE', ?, ?, ?,"
                        + " (extract(epoch FROM clock_timestamp()) * 1000000)::bigint)")
                .setParameter(1, hold.holdId())
                .setParameter(2, hold.showId())
                .setParameter(3, hold.userId())
                .setParameter(4, String.join(",", hold.seatIds()))
                .setParameter(5, hold.backend().name())
                .setParameter(6, hold.totalAmount())
                .setParameter(7, Timestamp.from(hold.expiresAt()))
                .executeUpdate();
    }

    /**
     * The seats an instance on the database path holds, or the fair-use limit passed (nothing stored then);
     * or the status stored.
     */
    public record Recorded(List<String> heldElsewhere, boolean overLimit, HoldStatus status) {
    }

    /**
     * Records a hold that Redis has just granted at {@code grantedAt} (µs). Requests of one user for one
     * show reach this point in any order, so they queue on an advisory lock and the latest grant wins: an
     * older one arriving late is stored as already RELEASED. Seats another live hold has (taken on the
     * database path by an instance whose Redis came back later, or granted before a Redis fail-over lost its
     * lock) or that are sold are refused, and answered: the hold's seats are claimed in hold_seats. So is a
     * hold over the fair-use limit. One round trip: the function record_redis_hold (migration V13) does all of it.
     */
    public Recorded recordRedisHold(Hold hold, long grantedAt, int maxSeats) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT held_elsewhere, stored_status, over_limit FROM"
                        + " record_redis_hold(?, ?, ?, string_to_array(?, ','), ?, ?, ?, ?)")
                .setParameter(1, hold.holdId()).setParameter(2, hold.showId()).setParameter(3, hold.userId())
                .setParameter(4, String.join(",", hold.seatIds())).setParameter(5, hold.totalAmount())
                .setParameter(6, Timestamp.from(hold.expiresAt())).setParameter(7, grantedAt)
                .setParameter(8, maxSeats)
                .getSingleResult();
        if (Boolean.TRUE.equals(row[2])) {
            return new Recorded(List.of(), true, null);
        }
        if (row[0] != null) {
            return new Recorded(seats((String) row[0]), false, null);
        }
        return new Recorded(List.of(), false, HoldStatus.valueOf((String) row[1]));
    }

    /** Seats held (by active holds) or sold, per show, for the "seats left" of show listings. */
    public Map<UUID, Integer> takenCounts(Collection<UUID> showIds) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (showIds.isEmpty()) {
            return counts;
        }
        String ids = showIds.stream().map(UUID::toString).collect(Collectors.joining(","));
        for (Object row : em.createNativeQuery("SELECT show_id, sum(n)::int FROM ("
                + " SELECT show_id, cardinality(seat_ids) AS n FROM holds WHERE status = 'ACTIVE' AND expires_at > now()"
                + " AND show_id = ANY (string_to_array(?, ',')::uuid[])"
                + " UNION ALL SELECT show_id, count(*) FROM sold_seats WHERE released_at IS NULL"
                + " AND show_id = ANY (string_to_array(?, ',')::uuid[])"
                + " GROUP BY show_id) t GROUP BY show_id")
                .setParameter(1, ids).setParameter(2, ids).getResultList()) {
            Object[] values = (Object[]) row;
            counts.put(values[0] instanceof UUID id ? id : UUID.fromString(values[0].toString()),
                    ((Number) values[1]).intValue());
        }
        return counts;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Hold> attachOrder(UUID holdId, UUID orderId) {
        List<?> rows = em.createNativeQuery("UPDATE holds SET order_id = ? WHERE hold_id = ? AND " + ORDERABLE
                        + " RETURNING " + COLUMNS)
                .setParameter(1, orderId).setParameter(2, holdId).getResultList();
        return rows.stream().findFirst().map(row -> record((Object[]) row));
    }

    /**
     * Locks the hold's row if it is active and has no order, so that none is made from it before the
     * caller's transaction ends; false otherwise (also when an order was attached while this waited).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean lockChangeable(UUID holdId) {
        return !em.createNativeQuery("SELECT 1 FROM holds WHERE hold_id = ? AND " + ORDERABLE + " FOR UPDATE")
                .setParameter(1, holdId).getResultList().isEmpty();
    }

    /** The hold's new seats and price, now locked on {@code backend}. */
    public void changeSeats(UUID holdId, List<String> seatIds, BigDecimal totalAmount, LockBackend backend) {
        em.createNativeQuery("UPDATE holds SET seat_ids = string_to_array(?, ','), total_amount = ?, backend = ?"
                        + " WHERE hold_id = ?")
                .setParameter(1, String.join(",", seatIds))
                .setParameter(2, totalAmount)
                .setParameter(3, backend.name())
                .setParameter(4, holdId)
                .executeUpdate();
    }

    /** Keeps an active hold until at least {@code until}, never shortening it; false when it is not active. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean keepUntil(UUID holdId, Instant until) {
        return em.createNativeQuery("UPDATE holds SET expires_at = greatest(expires_at, ?) WHERE hold_id = ?"
                        + " AND status = 'ACTIVE' AND expires_at > clock_timestamp()")
                .setParameter(1, Timestamp.from(until)).setParameter(2, holdId).executeUpdate() > 0;
    }

    /** What a sale needs to know of the hold, under its row lock. */
    public record ForSale(boolean active, List<String> seatIds, UUID showId) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ForSale> lockForSale(UUID holdId) {
        List<?> rows = em.createNativeQuery("SELECT status = 'ACTIVE' AND expires_at > clock_timestamp(),"
                        + " array_to_string(seat_ids, ','), show_id FROM holds WHERE hold_id = ? FOR UPDATE")
                .setParameter(1, holdId).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] values = (Object[]) row;
            return new ForSale(Boolean.TRUE.equals(values[0]), seats((String) values[1]), SqlValues.uuid(values[2]));
        });
    }

    /** The hold became an order's sale: it ends CONVERTED. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void convert(UUID holdId) {
        em.createNativeQuery("UPDATE holds SET status = 'CONVERTED', ended_at = now() WHERE hold_id = ?")
                .setParameter(1, holdId).executeUpdate();
        seatRows.drop(holdId);
    }

    /** Ends an active hold; false when it had ended already. */
    public boolean end(UUID holdId, HoldStatus status) {
        HoldStatus.ACTIVE.to(status);
        int updated = em.createNativeQuery("UPDATE holds SET status = ?, ended_at = now() WHERE hold_id = ?"
                        + " AND status = 'ACTIVE'")
                .setParameter(1, status.name()).setParameter(2, holdId).executeUpdate();
        seatRows.drop(holdId);
        return updated > 0;
    }

    /** Marks every hold whose time ran out as EXPIRED and frees its database seat rows; answers how many. */
    public int expireDue() {
        List<?> expired = em.createNativeQuery("UPDATE holds SET status = 'EXPIRED', ended_at = now()"
                + " WHERE status = 'ACTIVE' AND expires_at <= now() RETURNING hold_id").getResultList();
        seatRows.drop(expired);
        return expired.size();
    }


    static Hold record(Object[] row) {
        return new Hold(SqlValues.uuid(row[0]), SqlValues.uuid(row[1]), SqlValues.uuid(row[2]),
                seats((String) row[3]),
                HoldStatus.valueOf((String) row[4]), LockBackend.valueOf((String) row[5]), (BigDecimal) row[6],
                SqlValues.instant(row[7]), SqlValues.uuid(row[8]));
    }

    static List<String> seats(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
