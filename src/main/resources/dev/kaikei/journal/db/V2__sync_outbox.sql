-- Kaikei journal, schema version 2: the outbox of changes for HQ sync.
-- Triggers number every change of a synced table here, so no money-path code has to remember to. A row waits at most
-- once: a newer change of the same row replaces its older waiting entry (the pusher always sends the row as it is
-- now), so the outbox never holds more entries than the journal holds rows, even on a till that never syncs.
-- (DELETE + INSERT rather than INSERT OR REPLACE: a statement's own OR clause would override a trigger's.)
-- AUTOINCREMENT: sequence numbers are never reused, also after acknowledged entries are deleted.

CREATE TABLE sync_outbox (
    seq    INTEGER PRIMARY KEY AUTOINCREMENT,
    entity TEXT    NOT NULL CHECK (entity IN ('PAYMENT', 'OPERATION')),
    row_id INTEGER NOT NULL,
    UNIQUE (entity, row_id)
);

-- One row: how far HQ has acknowledged, and when.
CREATE TABLE sync_state (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    acked_seq      INTEGER NOT NULL DEFAULT 0,
    last_synced_at INTEGER
);
INSERT INTO sync_state (id, acked_seq) VALUES (1, 0);

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

-- A journal from before sync: everything it holds waits once.
INSERT INTO sync_outbox (entity, row_id) SELECT 'PAYMENT', id FROM payments ORDER BY id;
INSERT INTO sync_outbox (entity, row_id) SELECT 'OPERATION', id FROM operations ORDER BY id;
