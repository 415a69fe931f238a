package dev.kaikei.journal;

import java.nio.file.Path;

/**
 * Child-process main for the crash test: opens the journal and inserts payments until killed, printing
 * "committed &lt;merchantPaymentId&gt;" after each insert has returned (i.e. committed).
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) {
        Journal journal = Journal.open(Path.of(args[0]));
        for (int i = 0; ; i++) {
            String id = "crash-" + i;
            PaymentRecord p = journal.insertPayment(NewPayment.qr(id, 100 + i, "crash test", "s", "t"));
            journal.transition(id, PaymentState.CREATING, PaymentChange.to(PaymentState.AWAITING_PAYMENT));
            System.out.println("committed " + p.merchantPaymentId());
            System.out.flush();
        }
    }
}
