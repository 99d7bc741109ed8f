-- Fair use: a customer's live holds together cover at most a configured number of seats, across every show.
-- The count spans shows (and so Redis shards), so PostgreSQL decides it: every write of a customer's holds
-- first takes that customer's advisory lock (one bigint key, a space apart from the two-int keys used
-- elsewhere), then counts. Holds of different customers never wait for each other.

-- Seats in the customer's live holds of other shows than p_show, under the customer's lock (held to the end
-- of the transaction): the hold being written for p_show replaces the customer's hold of that show.
CREATE FUNCTION held_seats_elsewhere(p_user uuid, p_show uuid) RETURNS integer
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext(p_user::text)::bigint);
    RETURN (SELECT coalesce(sum(cardinality(seat_ids)), 0) FROM holds
             WHERE user_id = p_user AND status = 'ACTIVE' AND expires_at > now() AND show_id <> p_show);
END
$$;

-- Recording a hold that Redis granted, as in V7, with the fair-use limit: over it, nothing is stored and the
-- caller lets the seats go in Redis. Requests of one customer now queue on the customer's lock (it was the
-- customer and show): the latest grant of a show still wins.
DROP FUNCTION record_redis_hold(uuid, uuid, uuid, text[], numeric, timestamptz, bigint);
CREATE FUNCTION record_redis_hold(p_hold uuid, p_show uuid, p_user uuid, p_seats text[], p_total numeric,
                                  p_expires timestamptz, p_seq bigint, p_max_seats integer)
    RETURNS TABLE (held_elsewhere text, stored_status text, over_limit boolean)
    LANGUAGE plpgsql AS
$$
DECLARE
    elsewhere  integer;
    taken      text;
    superseded boolean;
BEGIN
    elsewhere := held_seats_elsewhere(p_user, p_show);
    superseded := EXISTS (SELECT 1 FROM holds WHERE user_id = p_user AND show_id = p_show AND seq > p_seq);
    IF NOT superseded AND elsewhere + cardinality(p_seats) > p_max_seats THEN
        RETURN QUERY SELECT NULL::text, NULL::text, true;
        RETURN;
    END IF;
    SELECT string_agg(hs.seat_id, ',') INTO taken
      FROM hold_seats hs JOIN holds h ON h.hold_id = hs.hold_id
     WHERE hs.show_id = p_show AND hs.seat_id = ANY (p_seats) AND h.status = 'ACTIVE'
       AND h.expires_at > now() AND h.user_id <> p_user;
    IF taken IS NOT NULL THEN
        RETURN QUERY SELECT taken, NULL::text, false;
        RETURN;
    END IF;
    IF NOT superseded THEN
        UPDATE holds SET status = 'RELEASED', ended_at = now()
         WHERE user_id = p_user AND show_id = p_show AND status = 'ACTIVE' AND seq < p_seq;
        DELETE FROM hold_seats WHERE hold_id IN (SELECT hold_id FROM holds WHERE user_id = p_user
                                                    AND show_id = p_show AND status <> 'ACTIVE');
    END IF;
    INSERT INTO holds (hold_id, show_id, user_id, seat_ids, status, backend, total_amount, expires_at, seq, ended_at)
    VALUES (p_hold, p_show, p_user, p_seats::varchar[], CASE WHEN superseded THEN 'RELEASED' ELSE 'ACTIVE' END,
            'REDIS', p_total, p_expires, p_seq, CASE WHEN superseded THEN now() END);
    RETURN QUERY SELECT NULL::text, CASE WHEN superseded THEN 'RELEASED' ELSE 'ACTIVE' END, false;
END
$$;
