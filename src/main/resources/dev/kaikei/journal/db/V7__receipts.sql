-- Kaikei journal, schema version 7: receipts and every print of them.
-- A receipt gets its number from its terminal's sequence the first time it is issued; the number is never given to
-- another receipt (the counter only goes up), and reprints keep it. A return receipt (返還インボイス) belongs to the
-- refund or cancel that returned the money.

CREATE TABLE receipt_counters (
    terminal_id TEXT    PRIMARY KEY,
    last_number INTEGER NOT NULL CHECK (last_number >= 0)
);

CREATE TABLE receipts (
    id           INTEGER PRIMARY KEY,
    terminal_id  TEXT    NOT NULL,
    number       INTEGER NOT NULL CHECK (number >= 1),
    kind         TEXT    NOT NULL CHECK (kind IN ('SALE', 'RETURN')),
    sale_id      INTEGER NOT NULL REFERENCES sales (id),
    operation_id INTEGER REFERENCES operations (id),
    issued_at    INTEGER NOT NULL,
    UNIQUE (terminal_id, number),
    CHECK ((kind = 'SALE') = (operation_id IS NULL))
);
CREATE UNIQUE INDEX receipts_sale ON receipts (sale_id) WHERE kind = 'SALE';
CREATE UNIQUE INDEX receipts_return ON receipts (operation_id) WHERE kind = 'RETURN';

-- Every time a receipt was printed, saved or shown, and how it went. WAITING: the printer could not take it; it waits
-- in the reprint queue until the cashier prints it again.
CREATE TABLE receipt_prints (
    id         INTEGER PRIMARY KEY,
    receipt_id INTEGER NOT NULL REFERENCES receipts (id),
    output     TEXT    NOT NULL CHECK (output IN ('PRINTER', 'PDF', 'TEXT', 'SYSTEM')),
    variant    TEXT    NOT NULL CHECK (variant IN ('RECEIPT', 'RYOSHUSHO')),
    reprint    INTEGER NOT NULL CHECK (reprint IN (0, 1)),
    addressee  TEXT,
    purpose    TEXT,
    state      TEXT    NOT NULL CHECK (state IN ('SENDING', 'DONE', 'WAITING', 'DISMISSED')),
    detail     TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX receipt_prints_receipt ON receipt_prints (receipt_id);
CREATE INDEX receipt_prints_waiting ON receipt_prints (created_at) WHERE state IN ('SENDING', 'WAITING');
