-- Kaikei HQ, schema version 3: sales rung up with items (lines, totals per tax rate, tenders, receipt number) and
-- till sessions, as the tills push them. A sale is stored whole: a newer version replaces its parts.
-- As in V2, partial aggregates per till and day (by tax rate, by tender) are kept exact by triggers, counting only
-- sales whose outcome the till reported as SOLD.

CREATE TABLE sales (
    terminal_ref   bigint      NOT NULL REFERENCES terminals (id),
    sale_id        bigint      NOT NULL,
    seq            bigint      NOT NULL,
    business_day   date        NOT NULL,
    created_at     timestamptz NOT NULL,
    service_mode   text        NOT NULL,
    total          bigint      NOT NULL,
    tax            bigint      NOT NULL,
    receipt_number bigint,
    outcome        text        NOT NULL,
    PRIMARY KEY (terminal_ref, sale_id)
);

CREATE TABLE sale_lines (
    terminal_ref bigint  NOT NULL,
    sale_id      bigint  NOT NULL,
    line_no      integer NOT NULL,
    code         text,
    name         text    NOT NULL,
    unit_price   bigint  NOT NULL,
    quantity     integer NOT NULL,
    category     text    NOT NULL,
    tax_rate     integer NOT NULL,
    amount       bigint  NOT NULL,
    PRIMARY KEY (terminal_ref, sale_id, line_no),
    FOREIGN KEY (terminal_ref, sale_id) REFERENCES sales (terminal_ref, sale_id) ON DELETE CASCADE
);

-- business_day and sold are copied from the sale so the aggregate triggers need no join.
CREATE TABLE sale_rates (
    terminal_ref bigint  NOT NULL,
    sale_id      bigint  NOT NULL,
    tax_rate     integer NOT NULL,
    gross        bigint  NOT NULL,
    net          bigint  NOT NULL,
    tax          bigint  NOT NULL,
    business_day date    NOT NULL,
    sold         boolean NOT NULL,
    PRIMARY KEY (terminal_ref, sale_id, tax_rate),
    FOREIGN KEY (terminal_ref, sale_id) REFERENCES sales (terminal_ref, sale_id) ON DELETE CASCADE
);

CREATE TABLE sale_tenders (
    terminal_ref        bigint  NOT NULL,
    sale_id             bigint  NOT NULL,
    tender_no           integer NOT NULL,
    kind                text    NOT NULL,
    amount              bigint  NOT NULL,
    merchant_payment_id text,
    business_day        date    NOT NULL,
    sold                boolean NOT NULL,
    PRIMARY KEY (terminal_ref, sale_id, tender_no),
    FOREIGN KEY (terminal_ref, sale_id) REFERENCES sales (terminal_ref, sale_id) ON DELETE CASCADE
);

CREATE TABLE day_rates (
    terminal_ref bigint  NOT NULL REFERENCES terminals (id),
    business_day date    NOT NULL,
    tax_rate     integer NOT NULL,
    sales_count  bigint  NOT NULL DEFAULT 0,
    gross        bigint  NOT NULL DEFAULT 0,
    net          bigint  NOT NULL DEFAULT 0,
    tax          bigint  NOT NULL DEFAULT 0,
    PRIMARY KEY (business_day, terminal_ref, tax_rate)
);

CREATE TABLE day_tenders (
    terminal_ref  bigint NOT NULL REFERENCES terminals (id),
    business_day  date   NOT NULL,
    kind          text   NOT NULL,
    tenders_count bigint NOT NULL DEFAULT 0,
    yen           bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (business_day, terminal_ref, kind)
);

-- Parts are only ever inserted or deleted (a newer sale version replaces them), never updated.
CREATE FUNCTION sale_rates_day_rates() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.sold THEN
            UPDATE day_rates SET sales_count = sales_count - 1, gross = gross - OLD.gross, net = net - OLD.net,
                                 tax = tax - OLD.tax
            WHERE business_day = OLD.business_day AND terminal_ref = OLD.terminal_ref AND tax_rate = OLD.tax_rate;
        END IF;
    ELSIF NEW.sold THEN
        INSERT INTO day_rates AS d (terminal_ref, business_day, tax_rate, sales_count, gross, net, tax)
        VALUES (NEW.terminal_ref, NEW.business_day, NEW.tax_rate, 1, NEW.gross, NEW.net, NEW.tax)
        ON CONFLICT (business_day, terminal_ref, tax_rate) DO UPDATE SET
            sales_count = d.sales_count + 1, gross = d.gross + excluded.gross, net = d.net + excluded.net,
            tax = d.tax + excluded.tax;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION sale_tenders_day_tenders() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.sold THEN
            UPDATE day_tenders SET tenders_count = tenders_count - 1, yen = yen - OLD.amount
            WHERE business_day = OLD.business_day AND terminal_ref = OLD.terminal_ref AND kind = OLD.kind;
        END IF;
    ELSIF NEW.sold THEN
        INSERT INTO day_tenders AS d (terminal_ref, business_day, kind, tenders_count, yen)
        VALUES (NEW.terminal_ref, NEW.business_day, NEW.kind, 1, NEW.amount)
        ON CONFLICT (business_day, terminal_ref, kind) DO UPDATE SET
            tenders_count = d.tenders_count + 1, yen = d.yen + excluded.yen;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER sale_rates_day_rates AFTER INSERT OR DELETE ON sale_rates
    FOR EACH ROW EXECUTE FUNCTION sale_rates_day_rates();
CREATE TRIGGER sale_tenders_day_tenders AFTER INSERT OR DELETE ON sale_tenders
    FOR EACH ROW EXECUTE FUNCTION sale_tenders_day_tenders();

-- One business day of a till's drawer, as last pushed.
CREATE TABLE till_sessions (
    terminal_ref  bigint      NOT NULL REFERENCES terminals (id),
    business_day  date        NOT NULL,
    seq           bigint      NOT NULL,
    state         text        NOT NULL,
    opening_float bigint      NOT NULL,
    opened_at     timestamptz NOT NULL,
    closed_at     timestamptz,
    z_number      integer,
    counted_cash  bigint,
    expected_cash bigint,
    PRIMARY KEY (terminal_ref, business_day)
);
