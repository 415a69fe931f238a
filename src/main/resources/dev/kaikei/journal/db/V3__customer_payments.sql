-- A linked customer's payments, newest first: the direct-debit guard looks for an unresolved earlier charge and the
-- "similar payment" prompt lists the recent ones, on every charge.
CREATE INDEX IF NOT EXISTS payments_customer ON payments (customer_reference, created_at) WHERE customer_reference IS NOT NULL;
