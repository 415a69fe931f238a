package dev.kaikei.sync;

import dev.kaikei.journal.Journal;
import dev.kaikei.journal.NewOperation;
import dev.kaikei.journal.NewPayment;
import dev.kaikei.journal.OperationChange;
import dev.kaikei.journal.OperationRecord;
import dev.kaikei.journal.OperationState;
import dev.kaikei.journal.PaymentChange;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.journal.NewSale;
import dev.kaikei.sale.CashTender;
import dev.kaikei.sale.Sale;
import dev.kaikei.sale.SaleLine;
import dev.kaikei.sale.ServiceMode;
import dev.kaikei.sale.TaxCategory;
import dev.kaikei.sale.TaxPolicy;
import java.util.List;
import java.util.Random;

/**
 * A till's day in the journal, seeded: paid sales, declines, codes left open, unknown outcomes, refunds (some still
 * pending) and cancels, each written as the engine writes it (row first, then its transitions). Every other PayPay
 * payment is a sale rung up with items (its lines at 10, 8 and 0 %), and now and then a sale is paid in cash.
 */
final class TillActivity {

    private final Journal journal;
    private final String terminal;
    private final Random random;
    private int n;

    TillActivity(Journal journal, String terminal, long seed) {
        this.journal = journal;
        this.terminal = terminal;
        this.random = new Random(seed);
    }

    void sales(int count) {
        for (int i = 0; i < count; i++) {
            sale();
        }
    }

    void sale() {
        String id = terminal + "-" + (++n);
        if (n % 5 == 0) {
            Sale sale = items();
            journal.insertSale(new NewSale(sale, terminal, List.of(CashTender.exact(sale.total()))));
            return;
        }
        long amount;
        if (n % 2 == 0) {
            Sale sale = items();
            amount = sale.total();
            journal.insertPayment(NewPayment.qr(id, amount, "items " + n, null, terminal),
                    NewSale.paidByPayPay(sale, terminal));
        } else {
            amount = 100 + random.nextInt(20) * 110L;
            journal.insertPayment(NewPayment.qr(id, amount, "item " + n, null, terminal));
        }
        journal.transition(id, PaymentState.CREATING, PaymentChange.to(PaymentState.AWAITING_PAYMENT));
        int roll = random.nextInt(100);
        if (roll < 10) {
            return;
        }
        if (roll < 20) {
            journal.transition(id, PaymentState.AWAITING_PAYMENT, PaymentChange.to(PaymentState.FAILED));
            return;
        }
        if (roll < 27) {
            journal.transition(id, PaymentState.AWAITING_PAYMENT, PaymentChange.to(PaymentState.UNKNOWN)
                    .withAttention("no answer from PayPay"));
            return;
        }
        journal.transition(id, PaymentState.AWAITING_PAYMENT, PaymentChange.to(PaymentState.COMPLETED)
                .withPaypayPaymentId("PP" + id.replace("-", "")));
        if (roll < 40) {
            OperationRecord refund = journal.insertOperation(NewOperation.refund(id, "rf-" + id, amount / 2, null));
            journal.updateOperation(refund.id(), OperationState.PENDING, OperationChange.to(OperationState.SUCCEEDED)
                    .withPayment(PaymentChange.to(PaymentState.PARTIALLY_REFUNDED)));
        } else if (roll < 45) {
            journal.insertOperation(NewOperation.refund(id, "rf-" + id, amount, null));
        } else if (roll < 52) {
            OperationRecord cancel = journal.insertOperation(NewOperation.cancel(id));
            journal.updateOperation(cancel.id(), OperationState.PENDING, OperationChange.to(OperationState.SUCCEEDED)
                    .withPayment(PaymentChange.to(PaymentState.CANCELED)));
        }
    }

    private Sale items() {
        ServiceMode mode = random.nextBoolean() ? ServiceMode.EAT_IN : ServiceMode.TAKE_OUT;
        return Sale.of(mode, TaxPolicy.DEFAULT,
                new SaleLine("c", "コーヒー", 330, 1 + random.nextInt(3), TaxCategory.REDUCED),
                new SaleLine("b", "レジ袋", 5, 1, TaxCategory.STANDARD),
                SaleLine.of("切手", 84 + random.nextInt(3) * 10, TaxCategory.NON_TAXABLE));
    }
}
