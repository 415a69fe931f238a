package dev.kaikei.sync;

import dev.kaikei.journal.OperationKind;
import dev.kaikei.journal.OperationRecord;
import dev.kaikei.journal.OperationState;
import dev.kaikei.journal.OutboxEntry;
import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.sync.wire.SyncChange;
import dev.kaikei.sync.wire.SyncedOperation;
import dev.kaikei.sync.wire.SyncedPayment;

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
        OutboxEntry.Operation o = (OutboxEntry.Operation) entry;
        return SyncChange.of(o.seq(), operation(o.record()));
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
}
