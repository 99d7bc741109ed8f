-- Accounts: one per email (case-insensitive), a salted slow hash of the password, roles.

CREATE TABLE users (
    user_id       uuid PRIMARY KEY,
    email         varchar(254) NOT NULL,
    password_hash varchar(512) NOT NULL,
    name          varchar(100) NOT NULL,
    phone         varchar(20),
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    version       bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX users_email_unique ON users (lower(email));

CREATE TABLE user_roles (
    user_id uuid        NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
    role    varchar(20) NOT NULL CHECK (role IN ('user', 'admin')),
    PRIMARY KEY (user_id, role)
);
