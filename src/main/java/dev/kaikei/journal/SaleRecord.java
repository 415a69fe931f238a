package dev.kaikei.journal;

import dev.kaikei.sale.PayPayTender;
import dev.kaikei.sale.Sale;
import dev.kaikei.sale.SaleTotals;
import dev.kaikei.sale.Tender;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A sale as committed: its lines, the totals and tax per rate exactly as worked out when it was rung up (a reprint
 * years later prints these, whatever the rules of the code then), and its tenders.
 *
 * @param id         local id
 * @param sale       lines, eat-in / take-out, tax policy
 * @param totals     per-rate totals and tax as journaled
 * @param tenders    how it was paid, in order; a PayPay tender carries its payment's ids
 * @param terminalId may be null
 * @param createdAt  when it was committed (before the QR was created)
 */
public record SaleRecord(long id, Sale sale, SaleTotals totals, List<Tender> tenders, String terminalId,
                         Instant createdAt) {

    public SaleRecord {
        tenders = List.copyOf(tenders);
    }

    /** The PayPay part of the payment, if any. */
    public Optional<PayPayTender> payPayTender() {
        return tenders.stream().filter(PayPayTender.class::isInstance).map(PayPayTender.class::cast).findFirst();
    }
}
