-- Recording a hold that Redis granted, in one round trip (it was six statements, each a round trip and a
-- parse on the hot path of every hold). Same rules as before: requests of one user for one show queue on an
-- advisory lock and the latest grant wins (an older one arriving late is stored RELEASED); seats that an
-- instance still on the database path holds for someone else are refused and nothing is stored.
CREATE FUNCTION record_redis_hold(p_hold uuid, p_show uuid, p_user uuid, p_seats text[], p_total numeric,
                                  p_expires timestamptz, p_seq bigint)
    RETURNS TABLE (held_elsewhere text, stored_status text)
    LANGUAGE plpgsql AS
$$
DECLARE
    taken      text;
    superseded boolean;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext(p_user::text), hashtext(p_show::text));
    SELECT string_agg(hs.seat_id, ',') INTO taken
      FROM hold_seats hs JOIN holds h ON h.hold_id = hs.hold_id
     WHERE hs.show_id = p_show AND hs.seat_id = ANY (p_seats) AND h.status = 'ACTIVE'
       AND h.expires_at > now() AND h.user_id <> p_user;
    IF taken IS NOT NULL THEN
        RETURN QUERY SELECT taken, NULL::text;
        RETURN;
    END IF;
    superseded := EXISTS (SELECT 1 FROM holds WHERE user_id = p_user AND show_id = p_show AND seq > p_seq);
    IF NOT superseded THEN
        UPDATE holds SET status = 'RELEASED', ended_at = now()
         WHERE user_id = p_user AND show_id = p_show AND status = 'ACTIVE' AND seq < p_seq;
        DELETE FROM hold_seats WHERE hold_id IN (SELECT hold_id FROM holds WHERE user_id = p_user
                                                    AND show_id = p_show AND status <> 'ACTIVE');
    END IF;
    INSERT INTO holds (hold_id, show_id, user_id, seat_ids, status, backend, total_amount, expires_at, seq, ended_at)
    VALUES (p_hold, p_show, p_user, p_seats::varchar[], CASE WHEN superseded THEN 'RELEASED' ELSE 'ACTIVE' END,
            'REDIS', p_total, p_expires, p_seq, CASE WHEN superseded THEN now() END);
    RETURN QUERY SELECT NULL::text, CASE WHEN superseded THEN 'RELEASED' ELSE 'ACTIVE' END;
END
$$;
