-- Kaikei journal, schema version 9: HQ sync also carries sales (with their lines, per-rate totals, tenders and
-- receipt number) and till sessions (with their Z report). Same rules as V2: triggers queue every change, a row waits
-- at most once, numbers are never reused.
-- The outbox's CHECK on entity cannot be widened in place, so the table is rebuilt (SQLite's documented way: new
-- table, copy, drop, rename) with its waiting entries and its sequence counter kept; the triggers that write to it
-- are dropped first and made again below.

DROP TRIGGER payments_sync_insert;
DROP TRIGGER payments_sync_update;
DROP TRIGGER operations_sync_insert;
DROP TRIGGER operations_sync_update;

CREATE TABLE sync_outbox_new (
    seq    INTEGER PRIMARY KEY AUTOINCREMENT,
    entity TEXT    NOT NULL CHECK (entity IN ('PAYMENT', 'OPERATION', 'SALE', 'TILL_SESSION')),
    row_id INTEGER NOT NULL,
    UNIQUE (entity, row_id)
);
INSERT INTO sync_outbox_new (seq, entity, row_id) SELECT seq, entity, row_id FROM sync_outbox ORDER BY seq;
-- The counter goes on from where it was, also past acknowledged (deleted) entries.
DELETE FROM sqlite_sequence WHERE name = 'sync_outbox_new';
INSERT INTO sqlite_sequence (name, seq) SELECT 'sync_outbox_new', seq FROM sqlite_sequence WHERE name = 'sync_outbox';
DROP TABLE sync_outbox;
ALTER TABLE sync_outbox_new RENAME TO sync_outbox;

CREATE TRIGGER payments_sync_insert AFTER INSERT ON payments
BEGIN
    DELETE FROM sync_outbox WHERE entity = 'PAYMENT' AND row_id = NEW.id;
    INSERT INTO sync_outbox (entity, row_id) VALUES ('PAYMENT', NEW.id);
END;
CREATE TRIGGER payments_sync_update AFTER UPDATE ON payments
BEGIN
    DELETE FROM sync_outbox WHERE entity = 'PAYMENT' AND row_id = NEW.id;
    INSERT INTO sync_outbox (entity, row_id) VALUES ('PAYMENT', NEW.id);
END;
CREATE TRIGGER operations_sync_insert AFTER INSERT ON operations
BEGIN
    DELETE FROM sync_outbox WHERE entity = 'OPERATION' AND row_id = NEW.id;
    INSERT INTO sync_outbox (entity, row_id) VALUES ('OPERATION', NEW.id);
END;
CREATE TRIGGER operations_sync_update AFTER UPDATE ON operations
BEGIN
    DELETE FROM sync_outbox WHERE entity = 'OPERATION' AND row_id = NEW.id;
    INSERT INTO sync_outbox (entity, row_id) VALUES ('OPERATION', NEW.id);
END;

-- A sale goes to HQ as one whole (lines, rates, tenders, receipt number): any change to a part queues the sale.
CREATE TRIGGER sales_sync_insert AFTER INSERT ON sales
BEGIN
    DELETE FROM sync_outbox WHERE entity = 'SALE' AND row_id = NEW.id;
    INSERT INTO sync_outbox (entity, row_id) VALUES ('SALE', NEW.id);
END;
CREATE TRIGGER sales_sync_update AFTER UPDATE ON sales
BEGIN
    DELETE FROM sync_outbox WHERE entity = 'SALE' AND row_id = NEW.id;
    INSERT INTO sync_outbox (entity, row_id) VALUES ('SALE', NEW.id);
END;
CREATE TRIGGER sale_tenders_sync_insert AFTER INSERT ON sale_tenders
BEGIN
    DELETE FROM sync_outbox WHERE entity = 'SALE' AND row_id = NEW.sale_id;
    INSERT INTO sync_outbox (entity, row_id) VALUES ('SALE', NEW.sale_id);
END;
CREATE TRIGGER receipts_sync_insert AFTER INSERT ON receipts WHEN NEW.kind = 'SALE'
BEGIN
    DELETE FROM sync_outbox WHERE entity = 'SALE' AND row_id = NEW.sale_id;
    INSERT INTO sync_outbox (entity, row_id) VALUES ('SALE', NEW.sale_id);
END;
-- Whether a sale counts (sold, canceled, void, still open) follows its PayPay payment's state.
CREATE TRIGGER payments_sync_sale AFTER UPDATE OF state ON payments WHEN OLD.state IS NOT NEW.state
BEGIN
    DELETE FROM sync_outbox WHERE entity = 'SALE'
        AND row_id IN (SELECT sale_id FROM sale_tenders WHERE payment_id = NEW.id);
    INSERT INTO sync_outbox (entity, row_id) SELECT 'SALE', sale_id FROM sale_tenders WHERE payment_id = NEW.id;
END;

CREATE TRIGGER till_sessions_sync_insert AFTER INSERT ON till_sessions
BEGIN
    DELETE FROM sync_outbox WHERE entity = 'TILL_SESSION' AND row_id = NEW.id;
    INSERT INTO sync_outbox (entity, row_id) VALUES ('TILL_SESSION', NEW.id);
END;
CREATE TRIGGER till_sessions_sync_update AFTER UPDATE ON till_sessions
BEGIN
    DELETE FROM sync_outbox WHERE entity = 'TILL_SESSION' AND row_id = NEW.id;
    INSERT INTO sync_outbox (entity, row_id) VALUES ('TILL_SESSION', NEW.id);
END;
CREATE TRIGGER z_reports_sync_insert AFTER INSERT ON z_reports
BEGIN
    DELETE FROM sync_outbox WHERE entity = 'TILL_SESSION' AND row_id = NEW.session_id;
    INSERT INTO sync_outbox (entity, row_id) VALUES ('TILL_SESSION', NEW.session_id);
END;

-- A journal from before this version: its sales and sessions wait once.
INSERT INTO sync_outbox (entity, row_id) SELECT 'SALE', id FROM sales ORDER BY id;
INSERT INTO sync_outbox (entity, row_id) SELECT 'TILL_SESSION', id FROM till_sessions ORDER BY id;
