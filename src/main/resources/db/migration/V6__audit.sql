-- What admins changed and what money went back, for operators: newest first.
CREATE TABLE audit_log (
    audit_id bigserial PRIMARY KEY,
    at       timestamptz  NOT NULL DEFAULT now(),
    actor    varchar(254) NOT NULL,
    action   varchar(120) NOT NULL,
    subject  varchar(200),
    details  varchar(500)
);
CREATE INDEX audit_log_at ON audit_log (at DESC, audit_id DESC);
