-- Messages to customers, one per order and kind. A row is written in the transaction that confirms or
-- cancels the order (the outbox), relayed to the JMS queue after the commit, and marked SENT by the
-- notifier in the same step as the send, so that a redelivered or duplicated message never mails twice.
CREATE TABLE notifications (
    notification_id uuid PRIMARY KEY,
    order_id        uuid         NOT NULL REFERENCES orders (order_id),
    kind            varchar(20)  NOT NULL CHECK (kind IN ('ORDER_CONFIRMED', 'ORDER_CANCELLED')),
    recipient       varchar(254) NOT NULL,
    status          varchar(10)  NOT NULL CHECK (status IN ('PENDING', 'QUEUED', 'SENT', 'FAILED')),
    channel         varchar(10)  CHECK (channel IN ('SMTP', 'LOG')),
    subject         varchar(200),
    attempts        integer      NOT NULL DEFAULT 0,
    last_error      varchar(500),
    created_at      timestamptz  NOT NULL DEFAULT now(),
    queued_at       timestamptz,
    sent_at         timestamptz,
    UNIQUE (order_id, kind)
);
CREATE INDEX notifications_by_status ON notifications (status, created_at);
