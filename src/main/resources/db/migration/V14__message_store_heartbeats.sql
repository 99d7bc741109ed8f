-- Every server says, every few seconds, that its message store is alive. The unsent notifications of a store
-- not heard of for a while (its server lost for good, with its volume) are handed over again by another
-- server within a minute, instead of after the 15 minutes that remain the rule for a store that is alive.
CREATE TABLE message_stores (
    origin  text PRIMARY KEY,
    seen_at timestamptz NOT NULL
);
