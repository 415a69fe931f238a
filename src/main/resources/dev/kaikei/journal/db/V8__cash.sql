-- Kaikei journal, schema version 8: cash. Added tables and columns only.

-- A cash refund hands back (part of) a sale's cash. The money leaves the drawer as the till's CASH_REFUND movement;
-- this row ties that movement to the sale and carries the return receipt's number, taken from the terminal's receipt
-- sequence (receipt_counters) in the same transaction, so the number is never given to another receipt.
CREATE TABLE cash_refunds (
    id               INTEGER PRIMARY KEY,
    sale_id          INTEGER NOT NULL REFERENCES sales (id),
    movement_id      INTEGER NOT NULL UNIQUE REFERENCES cash_movements (id),
    amount           INTEGER NOT NULL CHECK (amount > 0),
    reason           TEXT,
    receipt_terminal TEXT    NOT NULL,
    receipt_number   INTEGER NOT NULL CHECK (receipt_number >= 1),
    created_at       INTEGER NOT NULL,
    UNIQUE (receipt_terminal, receipt_number)
);
CREATE INDEX cash_refunds_sale ON cash_refunds (sale_id);

-- Which close counted each PayPay payment. A payment PayPay confirms only after a close (its outcome was unknown at
-- the close) counts in the next close instead of in none; the primary key keeps it out of every other Z report.
CREATE TABLE till_counted_payments (
    payment_id INTEGER PRIMARY KEY REFERENCES payments (id),
    z_number   INTEGER NOT NULL REFERENCES z_reports (number)
);
-- Closes made before this version counted the payments PayPay accepted within their period.
INSERT OR IGNORE INTO till_counted_payments (payment_id, z_number)
SELECT p.id, z.number FROM payments p JOIN z_reports z
    ON coalesce(p.accepted_at, p.created_at) >= z.period_start AND coalesce(p.accepted_at, p.created_at) < z.closed_at
 WHERE p.state IN ('COMPLETED', 'CANCELED', 'PARTIALLY_REFUNDED', 'REFUNDED');

-- Cash of split sales whose PayPay part PayPay had not confirmed at the close: kept apart, not in the drawer's total.
ALTER TABLE z_reports ADD COLUMN held_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE z_reports ADD COLUMN held INTEGER NOT NULL DEFAULT 0;
