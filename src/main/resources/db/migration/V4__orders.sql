-- Orders, payments, tickets, idempotency keys, and the sandbox payment provider's own ledger.

-- A sale can be undone (cancellation, refund): the row stays as history and only one unreleased sale per
-- seat and show may exist. This partial unique index is the fence against selling a seat twice.
ALTER TABLE sold_seats DROP CONSTRAINT sold_seats_pkey;
ALTER TABLE sold_seats ADD COLUMN released_at timestamptz;
CREATE UNIQUE INDEX sold_seats_one_sale ON sold_seats (show_id, seat_id) WHERE released_at IS NULL;
CREATE INDEX sold_seats_by_order ON sold_seats (order_id);
CREATE INDEX sold_seats_released ON sold_seats (released_at) WHERE released_at IS NOT NULL;

-- The order a hold became part of: a hold with an order keeps its seats (no changes) until it ends.
ALTER TABLE holds ADD COLUMN order_id uuid;

CREATE TABLE orders (
    order_id          uuid PRIMARY KEY,
    user_id           uuid           NOT NULL REFERENCES users (user_id),
    show_id           uuid           NOT NULL REFERENCES shows (show_id),
    -- one order per hold, whatever races
    hold_id           uuid           NOT NULL UNIQUE REFERENCES holds (hold_id),
    seat_ids          varchar(100)   NOT NULL,
    status            varchar(16)    NOT NULL
        CHECK (status IN ('PENDING_PAYMENT', 'CONFIRMED', 'EXPIRED', 'FAILED', 'CANCELLED')),
    total_amount      numeric(10, 2) NOT NULL CHECK (total_amount >= 0),
    currency          char(3)        NOT NULL,
    customer_name     varchar(100)   NOT NULL,
    customer_email    varchar(254)   NOT NULL,
    customer_phone    varchar(20),
    created_at        timestamptz    NOT NULL,
    expires_at        timestamptz    NOT NULL,
    confirmed_at      timestamptz,
    cancelled_at      timestamptz,
    payment_id        uuid,
    -- while a payment runs, no second one may start (another confirm waits or answers 409)
    paying_until      timestamptz,
    version           bigint         NOT NULL DEFAULT 0
);
CREATE INDEX orders_by_user ON orders (user_id, created_at DESC, order_id DESC);
CREATE INDEX orders_by_show ON orders (show_id, status);
CREATE INDEX orders_pending_by_expiry ON orders (expires_at) WHERE status = 'PENDING_PAYMENT';

-- Every attempt to take money for an order, and what became of it.
CREATE TABLE payments (
    payment_id        uuid PRIMARY KEY,
    order_id          uuid           NOT NULL REFERENCES orders (order_id),
    -- the key the provider deduplicates this attempt by; asking again with it never charges twice
    gateway_key       varchar(80)    NOT NULL UNIQUE,
    method            varchar(16)    NOT NULL,
    token             varchar(64)    NOT NULL,
    amount            numeric(10, 2) NOT NULL,
    currency          char(3)        NOT NULL,
    status            varchar(16)    NOT NULL CHECK (status IN ('STARTED', 'AUTHORIZED', 'CAPTURED', 'DECLINED',
                                                                'UNKNOWN', 'REFUND_DUE', 'VOIDED', 'REFUNDED')),
    provider_ref      varchar(80),
    decline_reason    varchar(200),
    created_at        timestamptz    NOT NULL,
    updated_at        timestamptz    NOT NULL,
    took_ms           integer,
    refunded_at       timestamptz
);
CREATE INDEX payments_by_order ON payments (order_id, created_at);
CREATE INDEX payments_unsettled ON payments (updated_at) WHERE status IN ('STARTED', 'AUTHORIZED', 'CAPTURED',
                                                                          'UNKNOWN', 'REFUND_DUE');

CREATE TABLE tickets (
    ticket_id  uuid PRIMARY KEY,
    order_id   uuid        NOT NULL REFERENCES orders (order_id),
    show_id    uuid        NOT NULL REFERENCES shows (show_id),
    seat_id    varchar(8)  NOT NULL,
    code       varchar(40) NOT NULL UNIQUE,
    status     varchar(8)  NOT NULL CHECK (status IN ('VALID', 'VOID')),
    used_at    timestamptz,
    created_at timestamptz NOT NULL
);
CREATE INDEX tickets_by_order ON tickets (order_id);

-- Idempotency keys, per user: the request's fingerprint, then the response it got (replayed on retry).
CREATE TABLE idempotency_keys (
    user_id          uuid         NOT NULL,
    idempotency_key  varchar(255) NOT NULL,
    fingerprint      char(64)     NOT NULL,
    status           varchar(12)  NOT NULL CHECK (status IN ('IN_PROGRESS', 'COMPLETE')),
    response_status  integer,
    response_body    text,
    response_location varchar(200),
    created_at       timestamptz  NOT NULL DEFAULT now(),
    locked_until     timestamptz,
    PRIMARY KEY (user_id, idempotency_key)
);
CREATE INDEX idempotency_keys_age ON idempotency_keys (created_at);

-- The sandbox provider's own books (it stands for an outside system: it commits on its own).
CREATE TABLE sandbox_charges (
    charge_key    varchar(80) PRIMARY KEY,
    charge_id     varchar(40)    NOT NULL UNIQUE,
    token         varchar(64)    NOT NULL,
    amount        numeric(10, 2) NOT NULL,
    currency      char(3)        NOT NULL,
    status        varchar(12)    NOT NULL CHECK (status IN ('AUTHORIZED', 'CAPTURED', 'DECLINED', 'VOIDED',
                                                            'REFUNDED')),
    decline_code  varchar(40),
    created_at    timestamptz    NOT NULL DEFAULT now(),
    captured_at   timestamptz,
    refunded_at   timestamptz
);
