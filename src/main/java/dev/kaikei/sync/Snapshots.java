package dev.kaikei.sync;

import dev.kaikei.journal.OperationKind;
import dev.kaikei.journal.OperationRecord;
import dev.kaikei.journal.OperationState;
import dev.kaikei.journal.OutboxEntry;
import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.journal.SaleRecord;
import dev.kaikei.journal.TillSessionRecord;
import dev.kaikei.sale.PayPayTender;
import dev.kaikei.sale.Sale;
import dev.kaikei.sale.Tender;
import dev.kaikei.sync.wire.SyncChange;
import dev.kaikei.sync.wire.SyncedOperation;
import dev.kaikei.sync.wire.SyncedPayment;
import dev.kaikei.sync.wire.SyncedSale;
import dev.kaikei.sync.wire.SyncedTillSession;
import java.util.List;

/**
 * Turns journal rows into what HQ may know. Left out on purpose: the customer's reference, PayPay user, phone, QR
 * urls and request ids (HQ has no use for them, and what never leaves the till cannot leak). The figures are the
 * journal's own ({@link PaymentRecord#saleAmount()}), so HQ adds up exactly what the till's report adds up. States and
 * kinds go by name into the wire's enums (SnapshotsTest covers every journal constant).
 */
final class Snapshots {

    private Snapshots() {
    }

    static SyncChange of(OutboxEntry entry) {
        if (entry instanceof OutboxEntry.Payment p) {
            return SyncChange.of(p.seq(), payment(p.record()));
        }
        if (entry instanceof OutboxEntry.Operation o) {
            return SyncChange.of(o.seq(), operation(o.record()));
        }
        if (entry instanceof OutboxEntry.Sale s) {
            return SyncChange.of(s.seq(), sale(s));
        }
        OutboxEntry.TillSession t = (OutboxEntry.TillSession) entry;
        return SyncChange.of(t.seq(), tillSession(t));
    }

    static SyncedPayment payment(PaymentRecord p) {
        return new SyncedPayment(p.merchantPaymentId(), SyncedPayment.Kind.valueOf(p.kind().name()), p.amount(),
                p.description(), p.paypayPaymentId(), SyncedPayment.State.valueOf(p.state().name()),
                p.createdAt().toEpochMilli(), p.updatedAt().toEpochMilli(), p.attention(), p.saleAmount(), p.state() == PaymentState.CANCELED, !p.state().isFinal());
    }

    static SyncedOperation operation(OperationRecord o) {
        long refund = o.kind() == OperationKind.REFUND && o.state() == OperationState.SUCCEEDED ? o.amount() : 0;
        // Cancels and code deletions have no merchant id of their own; one per payment, kind and start is unique.
        String key = o.merchantOperationId() != null ? o.merchantOperationId()
                : o.merchantPaymentId() + ":" + o.kind().name() + ":" + o.createdAt().toEpochMilli();
        return new SyncedOperation(key, o.merchantPaymentId(), SyncedOperation.Kind.valueOf(o.kind().name()),
                o.amount(), SyncedOperation.State.valueOf(o.state().name()),
                o.createdAt().toEpochMilli(), o.updatedAt().toEpochMilli(), refund, !o.state().isFinal());
    }

    static SyncedSale sale(OutboxEntry.Sale entry) {
        SaleRecord r = entry.record();
        Sale sale = r.sale();
        List<SyncedSale.Line> lines = sale.lines().stream().map(l -> new SyncedSale.Line(l.code(), l.name(),
                l.unitPrice(), l.quantity(), SyncedSale.Category.valueOf(l.category().name()),
                l.rateIn(sale.serviceMode()).percent(), l.amount())).toList();
        List<SyncedSale.Rate> rates = r.totals().rates().stream().map(t -> new SyncedSale.Rate(t.rate().percent(),
                t.gross(), t.net(), t.tax())).toList();
        List<SyncedSale.Tender> tenders = r.tenders().stream().map(t -> new SyncedSale.Tender(
                SyncedSale.TenderKind.valueOf(t.kind().name()), t.amount(),
                t instanceof PayPayTender p ? p.merchantPaymentId() : null)).toList();
        return new SyncedSale(r.id(), r.createdAt().toEpochMilli(),
                SyncedSale.ServiceMode.valueOf(sale.serviceMode().name()), r.totals().total(), r.totals().tax(),
                entry.receiptNumber(), outcome(entry), lines, rates, tenders);
    }

    /**
     * A sale counts as its PayPay payment does: sold once paid, canceled with it, void if it never was; a sale
     * without a PayPay tender (cash) was paid when it was committed.
     */
    static SyncedSale.Outcome outcome(OutboxEntry.Sale entry) {
        SyncedSale.Outcome outcome = SyncedSale.Outcome.SOLD;
        for (Tender t : entry.record().tenders()) {
            if (t instanceof PayPayTender p) {
                PaymentState state = entry.payments().stream()
                        .filter(r -> r.merchantPaymentId().equals(p.merchantPaymentId())).findFirst()
                        .map(PaymentRecord::state).orElse(null);
                if (state == null || !state.isFinal()) {
                    return SyncedSale.Outcome.OPEN;
                }
                if (state == PaymentState.CANCELED) {
                    outcome = SyncedSale.Outcome.CANCELED;
                } else if (!state.wasPaid()) {
                    outcome = SyncedSale.Outcome.VOID;
                }
            }
        }
        return outcome;
    }

    static SyncedTillSession tillSession(OutboxEntry.TillSession entry) {
        TillSessionRecord s = entry.record();
        OutboxEntry.Close close = entry.close();
        return new SyncedTillSession(s.day().date().toString(), SyncedTillSession.State.valueOf(s.state().name()),
                s.openingFloat(), s.openedAt().toEpochMilli(),
                s.closedAt() == null ? null : s.closedAt().toEpochMilli(),
                close == null ? null : close.zNumber(), close == null ? null : close.countedCash(),
                close == null ? null : close.expectedCash());
    }
}
