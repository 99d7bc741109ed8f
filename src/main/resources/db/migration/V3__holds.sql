-- Seat holds. Every hold has a row here, whichever lock backend took it: the record of what was held
-- (read after expiry, too) and what the database fallback checks before handing out a seat.

CREATE TABLE holds (
    hold_id      uuid PRIMARY KEY,
    show_id      uuid           NOT NULL REFERENCES shows (show_id),
    user_id      uuid           NOT NULL REFERENCES users (user_id),
    seat_ids     varchar(8)[]   NOT NULL CHECK (cardinality(seat_ids) BETWEEN 1 AND 10),
    status       varchar(12)    NOT NULL CHECK (status IN ('ACTIVE', 'RELEASED', 'EXPIRED', 'CONVERTED')),
    backend      varchar(10)    NOT NULL CHECK (backend IN ('REDIS', 'DATABASE')),
    total_amount numeric(10, 2) NOT NULL CHECK (total_amount >= 0),
    created_at   timestamptz    NOT NULL DEFAULT now(),
    expires_at   timestamptz    NOT NULL,
    ended_at     timestamptz,
    -- When the lock was granted (µs since the epoch, from Redis's clock or the database's): of a user's
    -- holds of one show, the latest granted is the active one, whatever order their rows arrive in.
    seq          bigint         NOT NULL
);
CREATE INDEX holds_active_by_show ON holds (show_id) WHERE status = 'ACTIVE';
CREATE INDEX holds_active_by_user ON holds (user_id, show_id) WHERE status = 'ACTIVE';
CREATE INDEX holds_active_by_expiry ON holds (expires_at) WHERE status = 'ACTIVE';

-- The seats of active holds taken through the database path, one row per seat: the primary key makes
-- two such holds on one seat impossible. Rows go when the hold ends.
CREATE TABLE hold_seats (
    show_id uuid       NOT NULL,
    seat_id varchar(8) NOT NULL,
    hold_id uuid       NOT NULL REFERENCES holds (hold_id) ON DELETE CASCADE,
    PRIMARY KEY (show_id, seat_id)
);
CREATE INDEX hold_seats_by_hold ON hold_seats (hold_id);

-- Seats sold, one row per seat: the last line of defence, a seat of a show is sold at most once.
-- Ordering writes it; holds read it (and mirror it into Redis).
CREATE TABLE sold_seats (
    show_id  uuid        NOT NULL REFERENCES shows (show_id),
    seat_id  varchar(8)  NOT NULL,
    order_id uuid        NOT NULL,
    sold_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (show_id, seat_id)
);
