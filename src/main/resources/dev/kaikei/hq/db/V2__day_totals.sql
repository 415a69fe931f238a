-- Partial aggregates for the figures: one row per till, business day and payment kind (the tender), kept exact by
-- triggers as payments and operations are stored, so a day or a year of figures reads a few hundred rows instead of
-- millions of payments. Each change subtracts what the old version of a row contributed and adds the new one.

CREATE TABLE day_totals (
    terminal_ref  bigint  NOT NULL REFERENCES terminals (id),
    business_day  date    NOT NULL,
    kind          text    NOT NULL,
    sales_count   bigint  NOT NULL DEFAULT 0,
    sales_yen     bigint  NOT NULL DEFAULT 0,
    cancels_yen   bigint  NOT NULL DEFAULT 0,
    open_payments bigint  NOT NULL DEFAULT 0,
    PRIMARY KEY (business_day, terminal_ref, kind)
);

CREATE TABLE day_refunds (
    terminal_ref    bigint NOT NULL REFERENCES terminals (id),
    business_day    date   NOT NULL,
    refunds_yen     bigint NOT NULL DEFAULT 0,
    open_operations bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (business_day, terminal_ref)
);

CREATE FUNCTION payments_day_totals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE day_totals SET
            sales_count   = sales_count - (OLD.sale_yen > 0)::int,
            sales_yen     = sales_yen - OLD.sale_yen,
            cancels_yen   = cancels_yen - CASE WHEN OLD.canceled THEN OLD.sale_yen ELSE 0 END,
            open_payments = open_payments - OLD.open::int
        WHERE business_day = OLD.business_day AND terminal_ref = OLD.terminal_ref AND kind = OLD.kind;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO day_totals AS d (terminal_ref, business_day, kind, sales_count, sales_yen, cancels_yen,
                                     open_payments)
        VALUES (NEW.terminal_ref, NEW.business_day, NEW.kind, (NEW.sale_yen > 0)::int, NEW.sale_yen,
                CASE WHEN NEW.canceled THEN NEW.sale_yen ELSE 0 END, NEW.open::int)
        ON CONFLICT (business_day, terminal_ref, kind) DO UPDATE SET
            sales_count   = d.sales_count + excluded.sales_count,
            sales_yen     = d.sales_yen + excluded.sales_yen,
            cancels_yen   = d.cancels_yen + excluded.cancels_yen,
            open_payments = d.open_payments + excluded.open_payments;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION operations_day_refunds() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE day_refunds SET
            refunds_yen     = refunds_yen - OLD.refund_yen,
            open_operations = open_operations - OLD.open::int
        WHERE business_day = OLD.business_day AND terminal_ref = OLD.terminal_ref;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO day_refunds AS d (terminal_ref, business_day, refunds_yen, open_operations)
        VALUES (NEW.terminal_ref, NEW.business_day, NEW.refund_yen, NEW.open::int)
        ON CONFLICT (business_day, terminal_ref) DO UPDATE SET
            refunds_yen     = d.refunds_yen + excluded.refunds_yen,
            open_operations = d.open_operations + excluded.open_operations;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER payments_day_totals AFTER INSERT OR UPDATE OR DELETE ON payments
    FOR EACH ROW EXECUTE FUNCTION payments_day_totals();
CREATE TRIGGER operations_day_refunds AFTER INSERT OR UPDATE OR DELETE ON operations
    FOR EACH ROW EXECUTE FUNCTION operations_day_refunds();

-- Rows stored before this version.
INSERT INTO day_totals (terminal_ref, business_day, kind, sales_count, sales_yen, cancels_yen, open_payments)
SELECT terminal_ref, business_day, kind, count(*) FILTER (WHERE sale_yen > 0), sum(sale_yen),
       coalesce(sum(sale_yen) FILTER (WHERE canceled), 0), count(*) FILTER (WHERE open)
FROM payments GROUP BY terminal_ref, business_day, kind;
INSERT INTO day_refunds (terminal_ref, business_day, refunds_yen, open_operations)
SELECT terminal_ref, business_day, sum(refund_yen), count(*) FILTER (WHERE open)
FROM operations GROUP BY terminal_ref, business_day;
