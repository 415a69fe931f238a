-- Kaikei HQ, schema version 1. Money is bigint yen; business days are Asia/Tokyo dates computed at ingest.

-- Enrolled tills. A store id + terminal id pair is unique across the business, so ids never collide.
CREATE TABLE terminals (
    id           bigserial   PRIMARY KEY,
    store_id     text        NOT NULL,
    terminal_id  text        NOT NULL,
    -- SHA-256 of the terminal token (the token is 256 random bits: a slow KDF would add nothing).
    token_hash   bytea       NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    revoked_at   timestamptz,
    -- The highest sequence number received from this till, and when it last pushed.
    last_seq     bigint      NOT NULL DEFAULT 0,
    last_sync_at timestamptz,
    UNIQUE (store_id, terminal_id)
);
CREATE UNIQUE INDEX terminals_token ON terminals (token_hash);

-- Payments as last pushed; seq orders versions of a row, so a batch pushed twice (or late) changes nothing.
CREATE TABLE payments (
    terminal_ref        bigint      NOT NULL REFERENCES terminals (id),
    merchant_payment_id text        NOT NULL,
    seq                 bigint      NOT NULL,
    business_day        date        NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    kind                text        NOT NULL,
    amount              bigint      NOT NULL,
    description         text,
    paypay_payment_id   text,
    state               text        NOT NULL,
    attention           text,
    sale_yen            bigint      NOT NULL,
    canceled            boolean     NOT NULL,
    open                boolean     NOT NULL,
    PRIMARY KEY (terminal_ref, merchant_payment_id)
);
-- The day view: an index-only scan of one day's rows per terminal.
CREATE INDEX payments_day ON payments (business_day, terminal_ref) INCLUDE (sale_yen, canceled, open);
-- Search: newest first, by amount, by id (prefix).
CREATE INDEX payments_created ON payments (created_at DESC);
CREATE INDEX payments_amount ON payments (amount, created_at DESC);
CREATE INDEX payments_merchant_id ON payments (merchant_payment_id text_pattern_ops);
CREATE INDEX payments_paypay_id ON payments (paypay_payment_id text_pattern_ops) WHERE paypay_payment_id IS NOT NULL;
-- Unresolved items: few rows among millions.
CREATE INDEX payments_unresolved ON payments (created_at) WHERE open OR attention IS NOT NULL;

CREATE TABLE operations (
    terminal_ref        bigint      NOT NULL REFERENCES terminals (id),
    operation_key       text        NOT NULL,
    merchant_payment_id text        NOT NULL,
    seq                 bigint      NOT NULL,
    business_day        date        NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    kind                text        NOT NULL,
    amount              bigint      NOT NULL,
    state               text        NOT NULL,
    refund_yen          bigint      NOT NULL,
    open                boolean     NOT NULL,
    PRIMARY KEY (terminal_ref, operation_key)
);
CREATE INDEX operations_day ON operations (business_day, terminal_ref) INCLUDE (refund_yen, open);
CREATE INDEX operations_unresolved ON operations (created_at) WHERE open;

-- People who log in to the back office: an owner sees every store, a manager one.
CREATE TABLE users (
    id            bigserial   PRIMARY KEY,
    name          text        NOT NULL UNIQUE,
    role          text        NOT NULL CHECK (role IN ('OWNER', 'MANAGER')),
    store_id      text,
    password_hash text        NOT NULL,
    failed_logins integer     NOT NULL DEFAULT 0,
    locked_until  timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CHECK ((role = 'MANAGER') = (store_id IS NOT NULL))
);

-- Login sessions live here, not in a server's memory: any number of HQ instances can serve them.
CREATE TABLE sessions (
    token_hash bytea       PRIMARY KEY,
    user_id    bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token text        NOT NULL,
    expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);
