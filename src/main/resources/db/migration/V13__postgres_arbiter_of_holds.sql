-- PostgreSQL becomes the arbiter of every active hold, not only of those taken on the database path. Redis
-- replicates asynchronously: a replica promoted by a fail-over may lack locks it had acknowledged, and would
-- hand those seats out again. Every hold Redis grants is recorded here with one hold_seats row per seat, whose
-- primary key (show, seat) makes two active holds on one seat impossible, whichever backend granted them: a
-- grant for a seat that another live hold has (or that is sold) is refused, and the caller undoes it in Redis.

-- The seats among p_seats that a live hold of another customer has, or that are sold, in the order asked.
CREATE FUNCTION seats_taken(p_show uuid, p_user uuid, p_seats text[]) RETURNS text
    LANGUAGE sql VOLATILE AS
$$
SELECT string_agg(seat_id, ',' ORDER BY array_position(p_seats, seat_id::text))
  FROM (SELECT hs.seat_id FROM hold_seats hs JOIN holds h ON h.hold_id = hs.hold_id
         WHERE hs.show_id = p_show AND hs.seat_id = ANY (p_seats) AND h.status = 'ACTIVE'
           AND h.expires_at > clock_timestamp() AND h.user_id <> p_user
        UNION
        SELECT seat_id FROM sold_seats WHERE show_id = p_show AND seat_id = ANY (p_seats) AND released_at IS NULL) t
$$;

-- The hold's rows in hold_seats; false when a seat is sold, or another live hold claimed one first (committed,
-- or committing while this waited on its row: a hold ending in a transaction still open is waited for, not
-- refused). Rows of holds that ended without a sweep yet are taken over. Seats in a fixed order, so that two
-- claims of the same seats listed in opposite orders wait for each other instead of deadlocking.
CREATE FUNCTION claim_hold_seats(p_show uuid, p_hold uuid, p_seats text[]) RETURNS boolean
    LANGUAGE plpgsql AS
$$
DECLARE
    claimed integer;
BEGIN
    IF EXISTS (SELECT 1 FROM sold_seats WHERE show_id = p_show AND seat_id = ANY (p_seats) AND released_at IS NULL) THEN
        RETURN false;
    END IF;
    DELETE FROM hold_seats hs USING holds h
     WHERE hs.hold_id = h.hold_id AND hs.show_id = p_show AND hs.seat_id = ANY (p_seats)
       AND (h.status <> 'ACTIVE' OR h.expires_at <= clock_timestamp());
    INSERT INTO hold_seats (show_id, seat_id, hold_id)
    SELECT p_show, seat, p_hold FROM unnest(p_seats) AS seat ORDER BY seat
        ON CONFLICT (show_id, seat_id) DO NOTHING;
    GET DIAGNOSTICS claimed = ROW_COUNT;
    RETURN claimed = cardinality(p_seats);
END
$$;

-- As in V10, and the hold's seats claimed in hold_seats, first thing (no check before it: a hold ending in a
-- transaction still open would look live to a check, while the claim waits for it). When the claim fails,
-- everything this call wrote is undone and the seats in the way are answered.
DROP FUNCTION record_redis_hold(uuid, uuid, uuid, text[], numeric, timestamptz, bigint, integer);
CREATE FUNCTION record_redis_hold(p_hold uuid, p_show uuid, p_user uuid, p_seats text[], p_total numeric,
                                  p_expires timestamptz, p_seq bigint, p_max_seats integer)
    RETURNS TABLE (held_elsewhere text, stored_status text, over_limit boolean)
    LANGUAGE plpgsql AS
$$
DECLARE
    elsewhere  integer;
    superseded boolean;
BEGIN
    elsewhere := held_seats_elsewhere(p_user, p_show);
    superseded := EXISTS (SELECT 1 FROM holds WHERE user_id = p_user AND show_id = p_show AND seq > p_seq);
    IF NOT superseded AND elsewhere + cardinality(p_seats) > p_max_seats THEN
        RETURN QUERY SELECT NULL::text, NULL::text, true;
        RETURN;
    END IF;
    IF superseded THEN
        INSERT INTO holds (hold_id, show_id, user_id, seat_ids, status, backend, total_amount, expires_at, seq, ended_at)
        VALUES (p_hold, p_show, p_user, p_seats::varchar[], 'RELEASED', 'REDIS', p_total, p_expires, p_seq, now());
        RETURN QUERY SELECT NULL::text, 'RELEASED'::text, false;
        RETURN;
    END IF;
    BEGIN
        UPDATE holds SET status = 'RELEASED', ended_at = now()
         WHERE user_id = p_user AND show_id = p_show AND status = 'ACTIVE' AND seq < p_seq;
        DELETE FROM hold_seats WHERE hold_id IN (SELECT hold_id FROM holds WHERE user_id = p_user
                                                    AND show_id = p_show AND status <> 'ACTIVE');
        INSERT INTO holds (hold_id, show_id, user_id, seat_ids, status, backend, total_amount, expires_at, seq)
        VALUES (p_hold, p_show, p_user, p_seats::varchar[], 'ACTIVE', 'REDIS', p_total, p_expires, p_seq);
        IF NOT claim_hold_seats(p_show, p_hold, p_seats) THEN
            RAISE EXCEPTION USING ERRCODE = 'BXSTK', MESSAGE = 'seat claimed by another hold';
        END IF;
    EXCEPTION WHEN SQLSTATE 'BXSTK' THEN
        RETURN QUERY SELECT coalesce(seats_taken(p_show, p_user, p_seats), array_to_string(p_seats, ',')),
                            NULL::text, false;
        RETURN;
    END;
    RETURN QUERY SELECT NULL::text, 'ACTIVE'::text, false;
END
$$;

-- Redis holds still active when this runs get their rows now; a seat two of them share (which only a lost
-- Redis write could have caused) stays with the one granted first.
INSERT INTO hold_seats (show_id, seat_id, hold_id)
SELECT h.show_id, seat, h.hold_id FROM holds h, unnest(h.seat_ids) AS seat
 WHERE h.status = 'ACTIVE' AND h.expires_at > now() AND h.backend = 'REDIS'
 ORDER BY h.seq
    ON CONFLICT (show_id, seat_id) DO NOTHING;
