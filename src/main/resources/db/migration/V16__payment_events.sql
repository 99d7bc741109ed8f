-- Events a payment provider sent to the webhook, each applied at most once: a redelivered one is found here.
CREATE TABLE payment_events (
    provider    varchar(20)  NOT NULL,
    event_id    varchar(255) NOT NULL,
    type        varchar(100) NOT NULL,
    payment_key varchar(100),
    received_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (provider, event_id)
);
