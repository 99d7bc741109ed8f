-- Accounts v1.1: sessions that refresh and end, single-use tokens sent by email, sign-in with an OpenID
-- Connect provider. Every secret is stored as its SHA-256 only: a copy of the database signs nobody in.

-- An account made by Google sign-in has no password until its owner sets one by a reset.
ALTER TABLE users ALTER COLUMN password_hash DROP NOT NULL;
ALTER TABLE users ADD COLUMN email_verified_at timestamptz;

-- Refresh tokens, one row per token issued. A family is one sign-in and every token rotated from it: a token
-- used twice revokes its family (the copy an attacker holds and the one the customer holds alike).
CREATE TABLE refresh_tokens (
    token_hash char(64)    PRIMARY KEY,
    family_id  uuid        NOT NULL,
    user_id    uuid        NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    issued_at  timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at    timestamptz,
    revoked_at timestamptz
);
CREATE INDEX refresh_tokens_by_family ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_by_user ON refresh_tokens (user_id) WHERE revoked_at IS NULL;
CREATE INDEX refresh_tokens_by_expiry ON refresh_tokens (expires_at);

-- Single-use tokens mailed to the account's address: a password reset (30 minutes), an email verification
-- (7 days).
CREATE TABLE account_tokens (
    token_hash char(64)    PRIMARY KEY,
    user_id    uuid        NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    purpose    varchar(20) NOT NULL CHECK (purpose IN ('PASSWORD_RESET', 'EMAIL_VERIFICATION')),
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);
CREATE INDEX account_tokens_by_user ON account_tokens (user_id, purpose);
CREATE INDEX account_tokens_by_expiry ON account_tokens (expires_at);

-- A sign-in with an OpenID Connect provider between the redirect to the provider and its callback: the
-- state (its hash), the nonce and PKCE verifier it must be redeemed with, the browser it started in (the hash of
-- its cookie) and, from the UI, the hash of a secret the page that began it keeps.
CREATE TABLE oidc_sign_ins (
    state_hash    char(64)     PRIMARY KEY,
    provider      varchar(20)  NOT NULL,
    nonce         varchar(100) NOT NULL,
    code_verifier varchar(128) NOT NULL,
    browser_hash  char(64)     NOT NULL,
    binding_hash  char(64),
    return_to     varchar(500) NOT NULL,
    expires_at    timestamptz  NOT NULL
);
CREATE INDEX oidc_sign_ins_by_expiry ON oidc_sign_ins (expires_at);

-- The short-lived code that hands a finished provider sign-in to the UI (no token ever travels in a URL), and
-- the hash of the secret of the page that began it, which its redemption must show (none: none).
CREATE TABLE sign_in_handoffs (
    code_hash    char(64)    PRIMARY KEY,
    user_id      uuid        NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    binding_hash char(64),
    expires_at timestamptz NOT NULL
);

-- Account emails go through the same outbox, queue and notifier as the order emails. The link (which carries
-- the token in clear) is kept only until the mail went out.
ALTER TABLE notifications ALTER COLUMN order_id DROP NOT NULL;
ALTER TABLE notifications ADD COLUMN user_id uuid REFERENCES users (user_id) ON DELETE CASCADE;
ALTER TABLE notifications ADD COLUMN link varchar(600);
DO $$
DECLARE
    kind_check text;
BEGIN
    SELECT conname INTO kind_check FROM pg_constraint
     WHERE conrelid = 'notifications'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%kind%';
    EXECUTE format('ALTER TABLE notifications DROP CONSTRAINT %I', kind_check);
END $$;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
    CHECK (kind IN ('ORDER_CONFIRMED', 'ORDER_CANCELLED', 'EMAIL_VERIFICATION', 'PASSWORD_RESET'));
ALTER TABLE notifications ADD CONSTRAINT notifications_of_order_or_account
    CHECK ((order_id IS NULL) <> (user_id IS NULL));
CREATE INDEX notifications_by_user ON notifications (user_id) WHERE user_id IS NOT NULL;
