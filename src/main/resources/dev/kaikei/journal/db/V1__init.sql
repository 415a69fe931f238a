-- Kaikei journal, schema version 1. Times are UTC epoch milliseconds; money is integer yen.

CREATE TABLE payments (
    id                    INTEGER PRIMARY KEY,
    merchant_payment_id   TEXT    NOT NULL UNIQUE,
    kind                  TEXT    NOT NULL CHECK (kind IN ('QR', 'QR_PREAUTH', 'NATIVE', 'NATIVE_PREAUTH')),
    amount                INTEGER NOT NULL CHECK (amount > 0),
    description           TEXT,
    store_id              TEXT,
    terminal_id           TEXT,
    customer_reference    TEXT,
    user_authorization_id TEXT,
    code_id               TEXT,
    qr_url                TEXT,
    deeplink              TEXT,
    expires_at            INTEGER,
    paypay_payment_id     TEXT,
    state                 TEXT    NOT NULL,
    paypay_status         TEXT,
    accepted_at           INTEGER,
    created_at            INTEGER NOT NULL,
    updated_at            INTEGER NOT NULL,
    last_request_id       TEXT,
    attention             TEXT,
    refunded_total        INTEGER NOT NULL DEFAULT 0 CHECK (refunded_total >= 0),
    captured_amount       INTEGER NOT NULL DEFAULT 0 CHECK (captured_amount >= 0)
);
-- Day lists, history pages and the end-of-day report scan a createdAt range.
CREATE INDEX payments_created ON payments (created_at);
-- "Search by amount over a month".
CREATE INDEX payments_amount_created ON payments (amount, created_at);
CREATE INDEX payments_code ON payments (code_id) WHERE code_id IS NOT NULL;
CREATE INDEX payments_paypay_id ON payments (paypay_payment_id) WHERE paypay_payment_id IS NOT NULL;
-- The reconciler's and "needs attention" lists: few rows among millions.
CREATE INDEX payments_open ON payments (state, created_at)
    WHERE state IN ('CREATING', 'AWAITING_PAYMENT', 'UNKNOWN', 'AUTHORIZED');
CREATE INDEX payments_attention ON payments (created_at) WHERE attention IS NOT NULL;

CREATE TABLE operations (
    id                    INTEGER PRIMARY KEY,
    payment_id            INTEGER NOT NULL REFERENCES payments (id),
    kind                  TEXT    NOT NULL CHECK (kind IN ('CANCEL', 'DELETE_CODE', 'REFUND', 'CAPTURE', 'REVERT')),
    merchant_operation_id TEXT    UNIQUE,
    amount                INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
    reason                TEXT,
    state                 TEXT    NOT NULL,
    paypay_status         TEXT,
    result_code           TEXT,
    created_at            INTEGER NOT NULL,
    updated_at            INTEGER NOT NULL,
    last_request_id       TEXT
);
CREATE INDEX operations_payment ON operations (payment_id);
CREATE INDEX operations_kind_created ON operations (kind, created_at);
CREATE INDEX operations_open ON operations (state, created_at) WHERE state IN ('PENDING', 'ACCEPTED', 'UNKNOWN');

CREATE TABLE customers (
    id                    INTEGER PRIMARY KEY,
    reference             TEXT    NOT NULL,
    phone                 TEXT,
    user_authorization_id TEXT    UNIQUE,
    link_nonce            TEXT,
    status                TEXT    NOT NULL CHECK (status IN ('LINKING', 'LINKED', 'UNLINKED')),
    created_at            INTEGER NOT NULL,
    updated_at            INTEGER NOT NULL
);
CREATE UNIQUE INDEX customers_reference_active ON customers (reference) WHERE status <> 'UNLINKED';
CREATE INDEX customers_nonce ON customers (link_nonce) WHERE link_nonce IS NOT NULL;

-- Append-only log of every PayPay call: identifiers and outcomes, never secrets or bodies.
CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    operation   TEXT    NOT NULL,
    merchant_id TEXT,
    http_status INTEGER NOT NULL,
    result_code TEXT,
    code_id     TEXT,
    outcome     TEXT    NOT NULL CHECK (outcome IN ('SUCCESS', 'REJECTED', 'UNKNOWN')),
    latency_ms  INTEGER NOT NULL,
    request_id  TEXT,
    note        TEXT
);
CREATE INDEX events_merchant ON events (merchant_id) WHERE merchant_id IS NOT NULL;
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'the events log is append-only');
END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'the events log is append-only');
END;
