-- Kaikei journal, schema version 4: the results of matching PayPay's daily transaction file against the journal
-- (which file, when, what differed). Added tables only: older journals stay readable.

CREATE TABLE paypay_file_matches (
    id                  INTEGER PRIMARY KEY,
    file_name           TEXT    NOT NULL,
    file_sha256         TEXT    NOT NULL,
    file_format         TEXT    NOT NULL CHECK (file_format IN ('INSTANT_V1', 'INSTANT_V2', 'PREAUTH')),
    business_date       TEXT    NOT NULL,
    matched_at          INTEGER NOT NULL,
    line_count          INTEGER NOT NULL CHECK (line_count >= 0),
    other_terminal_lines INTEGER NOT NULL DEFAULT 0 CHECK (other_terminal_lines >= 0),
    paypay_total        INTEGER NOT NULL,
    journal_total       INTEGER NOT NULL
);
-- End of day shows the latest match of a business day.
CREATE INDEX paypay_file_matches_day ON paypay_file_matches (business_date, id);

CREATE TABLE paypay_file_differences (
    id                    INTEGER PRIMARY KEY,
    match_id              INTEGER NOT NULL REFERENCES paypay_file_matches (id),
    kind                  TEXT    NOT NULL
        CHECK (kind IN ('ONLY_IN_PAYPAY', 'ONLY_IN_JOURNAL', 'AMOUNT_DIFFERS', 'STATUS_DIFFERS')),
    line_number           INTEGER,
    merchant_id           TEXT,
    paypay_payment_id     TEXT,
    store_id              TEXT,
    terminal_id           TEXT,
    paypay_status         TEXT,
    paypay_amount         INTEGER,
    payment_state         TEXT,
    operation_kind        TEXT,
    operation_state       TEXT,
    journal_amount        INTEGER
);
CREATE INDEX paypay_file_differences_match ON paypay_file_differences (match_id);
