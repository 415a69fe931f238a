-- Kaikei journal, schema version 5: the till. A session runs from one close (精算) to the next; cash movements and
-- counts belong to exactly one session, and a close is one transaction that numbers its Z report. Added tables only.

CREATE TABLE till_sessions (
    id             INTEGER PRIMARY KEY,
    business_date  TEXT    NOT NULL UNIQUE,
    state          TEXT    NOT NULL CHECK (state IN ('OPEN', 'CLOSED')),
    opening_float  INTEGER NOT NULL CHECK (opening_float >= 0),
    opened_at      INTEGER NOT NULL,
    -- The previous session's close: sales from here on (until this close) are this session's.
    period_start   INTEGER NOT NULL,
    closed_at      INTEGER
);
-- At most one open session: a sale can only ever belong to one business day.
CREATE UNIQUE INDEX till_sessions_one_open ON till_sessions (state) WHERE state = 'OPEN';

CREATE TABLE cash_movements (
    id             INTEGER PRIMARY KEY,
    session_id     INTEGER NOT NULL REFERENCES till_sessions (id),
    kind           TEXT    NOT NULL CHECK (kind IN ('PAID_IN', 'PAID_OUT', 'NO_SALE', 'CASH_REFUND')),
    -- Signed effect on the drawer: paid-in plus, paid-out and cash refunds minus, no-sale zero. Cash sales are not
    -- copied here: a sale's cash tender is the one record of them, so a crash can never count one twice.
    amount         INTEGER NOT NULL,
    reason         TEXT,
    reference      TEXT,
    created_at     INTEGER NOT NULL
);
CREATE INDEX cash_movements_session ON cash_movements (session_id, id);
CREATE INDEX cash_movements_reference ON cash_movements (reference) WHERE reference IS NOT NULL;

-- Cash counted by denomination: a 点検 (CHECK, any number) or the close (CLOSE, one per session).
CREATE TABLE cash_counts (
    id             INTEGER PRIMARY KEY,
    session_id     INTEGER NOT NULL REFERENCES till_sessions (id),
    kind           TEXT    NOT NULL CHECK (kind IN ('CHECK', 'CLOSE')),
    counted_at     INTEGER NOT NULL,
    y10000 INTEGER NOT NULL CHECK (y10000 >= 0), y5000 INTEGER NOT NULL CHECK (y5000 >= 0),
    y2000  INTEGER NOT NULL CHECK (y2000 >= 0),  y1000 INTEGER NOT NULL CHECK (y1000 >= 0),
    y500   INTEGER NOT NULL CHECK (y500 >= 0),   y100  INTEGER NOT NULL CHECK (y100 >= 0),
    y50    INTEGER NOT NULL CHECK (y50 >= 0),    y10   INTEGER NOT NULL CHECK (y10 >= 0),
    y5     INTEGER NOT NULL CHECK (y5 >= 0),     y1    INTEGER NOT NULL CHECK (y1 >= 0),
    counted        INTEGER NOT NULL CHECK (counted >= 0),
    expected       INTEGER NOT NULL
);
CREATE UNIQUE INDEX cash_counts_one_close ON cash_counts (session_id) WHERE kind = 'CLOSE';

-- The Z report of a close, frozen as printed: later changes (a refund reconciled tomorrow) never rewrite it.
CREATE TABLE z_reports (
    number            INTEGER PRIMARY KEY CHECK (number >= 1),
    session_id        INTEGER NOT NULL UNIQUE REFERENCES till_sessions (id),
    closed_at         INTEGER NOT NULL,
    period_start      INTEGER NOT NULL,
    opening_float     INTEGER NOT NULL,
    cash_sales_count  INTEGER NOT NULL, cash_sales     INTEGER NOT NULL,
    cash_refunds_count INTEGER NOT NULL, cash_refunds  INTEGER NOT NULL,
    paid_in_count     INTEGER NOT NULL, paid_in        INTEGER NOT NULL,
    paid_out_count    INTEGER NOT NULL, paid_out       INTEGER NOT NULL,
    no_sale_count     INTEGER NOT NULL,
    expected_cash     INTEGER NOT NULL,
    counted_cash      INTEGER NOT NULL,
    next_float        INTEGER NOT NULL CHECK (next_float >= 0),
    paypay_sales_count INTEGER NOT NULL, paypay_sales  INTEGER NOT NULL,
    paypay_cancels_count INTEGER NOT NULL, paypay_cancels INTEGER NOT NULL,
    paypay_refunds_count INTEGER NOT NULL, paypay_refunds INTEGER NOT NULL,
    unresolved_count  INTEGER NOT NULL
);
