-- Kaikei journal, schema version 6: what was sold. A sale is committed with its lines, its totals per tax rate and its
-- tenders; a PayPay tender points at its payment row, committed in the same transaction before the QR is created.
-- Older journals keep their payments as they are: a payment without a sale is a bare amount.

CREATE TABLE sales (
    id           INTEGER PRIMARY KEY,
    terminal_id  TEXT,
    service_mode TEXT    NOT NULL CHECK (service_mode IN ('EAT_IN', 'TAKE_OUT')),
    pricing      TEXT    NOT NULL CHECK (pricing IN ('INCLUSIVE', 'EXCLUSIVE')),
    rounding     TEXT    NOT NULL CHECK (rounding IN ('DOWN', 'HALF_UP', 'UP')),
    total        INTEGER NOT NULL CHECK (total > 0),
    tax          INTEGER NOT NULL CHECK (tax >= 0),
    created_at   INTEGER NOT NULL
);
CREATE INDEX sales_created ON sales (created_at);

CREATE TABLE sale_lines (
    sale_id    INTEGER NOT NULL REFERENCES sales (id),
    line_no    INTEGER NOT NULL CHECK (line_no >= 1),
    code       TEXT,
    name       TEXT    NOT NULL,
    unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
    quantity   INTEGER NOT NULL CHECK (quantity >= 1),
    category   TEXT    NOT NULL CHECK (category IN ('STANDARD', 'REDUCED', 'NON_TAXABLE')),
    -- The rate the line was taxed at in this sale (a food line's rate follows eat-in / take-out).
    tax_rate   INTEGER NOT NULL CHECK (tax_rate IN (10, 8, 0)),
    amount     INTEGER NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (sale_id, line_no)
);

-- Totals per rate as printed on the receipt: tax rounded once per rate, net + tax = gross.
CREATE TABLE sale_rates (
    sale_id  INTEGER NOT NULL REFERENCES sales (id),
    tax_rate INTEGER NOT NULL CHECK (tax_rate IN (10, 8, 0)),
    gross    INTEGER NOT NULL CHECK (gross >= 0),
    net      INTEGER NOT NULL CHECK (net >= 0),
    tax      INTEGER NOT NULL CHECK (tax >= 0 AND net + tax = gross),
    PRIMARY KEY (sale_id, tax_rate)
);

-- How the sale was paid. No CHECK on kind: new tender kinds arrive without a table rebuild (the Java enum validates).
CREATE TABLE sale_tenders (
    sale_id    INTEGER NOT NULL REFERENCES sales (id),
    seq        INTEGER NOT NULL CHECK (seq >= 1),
    kind       TEXT    NOT NULL,
    amount     INTEGER NOT NULL CHECK (amount > 0),
    received   INTEGER NOT NULL CHECK (received >= amount),
    payment_id INTEGER UNIQUE REFERENCES payments (id),
    PRIMARY KEY (sale_id, seq)
);
