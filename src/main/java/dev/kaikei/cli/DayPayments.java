package dev.kaikei.cli;

import dev.kaikei.journal.PaymentState;
import dev.kaikei.payment.HistoryQuery;
import dev.kaikei.payment.PaymentHistory;
import dev.kaikei.payment.PaymentSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Every payment of one business day matching the filters, read page by page (the history serves 1000 at most). */
final class DayPayments {

    static final int PAGE = 1000;

    private DayPayments() {
    }

    static List<PaymentSummary> of(PaymentHistory history, LocalDate day, String idText,
                                  Set<PaymentState> states) {
        List<PaymentSummary> all = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<PaymentSummary> page = history.search(new HistoryQuery(idText, null, day, day, states, PAGE,
                    offset));
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
        }
    }
}
