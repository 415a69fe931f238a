package dev.kaikei.paypayfile;

import dev.kaikei.journal.BusinessDay;
import dev.kaikei.journal.FileDifference;
import dev.kaikei.journal.FileDifference.Kind;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.NewFileMatch;
import dev.kaikei.journal.OperationKind;
import dev.kaikei.journal.OperationRecord;
import dev.kaikei.journal.OperationState;
import dev.kaikei.journal.PayPayFileStatus;
import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.journal.PaymentState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Matches every line of a PayPay transaction file to the journal by merchant-side id — the payment id, or a refund,
 * capture or revert id — and lists what differs: lines PayPay has that the journal does not, money the journal holds
 * that the file lacks, and amounts or statuses that disagree. Where PayPay's documentation allows two readings
 * (paypay-api.md §12.1.4), both are accepted: a refund line may carry the refund's id or its payment's, and a payment
 * cancelled after its day may still show as completed in that day's file.
 */
final class FileMatcher {

    /** Payments whose money PayPay still holds. */
    private static final Set<PaymentState> KEPT = EnumSet.of(PaymentState.COMPLETED,
            PaymentState.PARTIALLY_REFUNDED, PaymentState.REFUNDED);
    /** Payments whose outcome the journal does not know yet. */
    private static final Set<PaymentState> OPEN = PaymentState.nonFinal();
    /** Pre-auth payments that were authorized at some point. */
    private static final Set<PaymentState> AUTHORIZED_ONCE = EnumSet.of(PaymentState.AUTHORIZED,
            PaymentState.COMPLETED, PaymentState.PARTIALLY_REFUNDED, PaymentState.REFUNDED, PaymentState.CANCELED,
            PaymentState.REVERTED, PaymentState.EXPIRED);

    private final Journal journal;
    private final Set<String> ourTerminals;

    /**
     * @param ourTerminals the terminal ids this journal keeps: an unknown line of another terminal belongs to another
     *                     till's journal, not a difference here
     */
    FileMatcher(Journal journal, Set<String> ourTerminals) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.ourTerminals = Set.copyOf(ourTerminals);
    }

    /** The outcome before it is kept: the journal row to write and the per-terminal figures. */
    record Outcome(NewFileMatch match, List<TerminalTotals> terminals, List<TerminalTotals> otherTerminals) {
    }

    Outcome match(TransactionFile file, BusinessDay day) {
        return new Run(file, day).run();
    }

    /** Where a line or a journal item is counted: a store and terminal. */
    private record Place(String storeId, String terminalId) {
    }

    /** Running figures of one place. */
    private static final class Tally {
        String storeName;
        int lines;
        long paypay;
        long journal;
        int differences;

        TerminalTotals totals(Place p) {
            return new TerminalTotals(p.storeId(), storeName, p.terminalId(), lines, paypay, journal, differences);
        }
    }

    /** Money the journal expects PayPay's file to show for the day. */
    private record Expected(String key, PaymentRecord payment, OperationRecord operation, long amount, long money) {
    }

    /** The journal item a line names. */
    private record Target(PaymentRecord payment, OperationRecord operation) {
    }

    /** How one line compares: {@code kind} null when they agree; {@code journalMoney} what the journal counts. */
    private record Verdict(Kind kind, long journalMoney, Target target) {

        static Verdict agree(long money, Target target) {
            return new Verdict(null, money, target);
        }
    }

    /** One matching of one file; holds the running state. */
    private final class Run {
        private final TransactionFile file;
        private final BusinessDay day;
        private final boolean preAuth;
        private final Map<String, Expected> expected = new LinkedHashMap<>();
        private final Set<String> consumed = new HashSet<>();
        private final List<FileDifference> differences = new ArrayList<>();
        private final Map<Place, Tally> ours = new LinkedHashMap<>();
        private final Map<Place, Tally> others = new LinkedHashMap<>();
        private int otherLines;

        Run(TransactionFile file, BusinessDay day) {
            this.file = file;
            this.day = day;
            this.preAuth = file.format().isPreAuth();
        }

        Outcome run() {
            collectExpected();
            for (TransactionLine line : file.lines()) {
                matchLine(line);
            }
            for (Expected e : expected.values()) {
                if (!consumed.contains(e.key())) {
                    onlyInJournal(e);
                }
            }
            long paypayTotal = ours.values().stream().mapToLong(t -> t.paypay).sum();
            long journalTotal = ours.values().stream().mapToLong(t -> t.journal).sum();
            NewFileMatch match = new NewFileMatch(file.name(), file.sha256(), file.format(), day,
                    file.lines().size(), otherLines, paypayTotal, journalTotal, differences);
            return new Outcome(match, totals(ours), totals(others));
        }

        // -------------------------------------------------------------- the journal's side

        private void collectExpected() {
            List<PaymentRecord> payments = new ArrayList<>(journal.paymentsOn(day.previous()));
            payments.addAll(journal.paymentsOn(day));
            for (PaymentRecord p : payments) {
                if (p.kind().isPreAuth() != preAuth || p.acceptedAt() == null || !day.contains(p.acceptedAt())) {
                    continue;
                }
                if (!preAuth && KEPT.contains(p.state())) {
                    expect(paymentKey(p), p, null, p.amount(), p.amount());
                } else if (preAuth && AUTHORIZED_ONCE.contains(p.state())) {
                    expect(paymentKey(p), p, null, p.amount(), 0);
                }
            }
            for (OperationRecord op : journal.operationsOn(day)) {
                if (op.state() != OperationState.SUCCEEDED) {
                    continue;
                }
                Optional<PaymentRecord> payment = journal.findPayment(op.merchantPaymentId());
                if (payment.isEmpty() || payment.get().kind().isPreAuth() != preAuth) {
                    continue;
                }
                PaymentRecord p = payment.get();
                switch (op.kind()) {
                    case REFUND -> expect(operationKey(op), p, op, -op.amount(), -op.amount());
                    case CAPTURE -> expect(operationKey(op), p, op, op.amount(), op.amount());
                    case REVERT -> expect(operationKey(op), p, op, 0, 0);
                    default -> {
                        // cancels and code deletes have no line of their own in PayPay's file
                    }
                }
            }
        }

        private void expect(String key, PaymentRecord p, OperationRecord op, long amount, long money) {
            expected.put(key, new Expected(key, p, op, amount, money));
        }

        private void onlyInJournal(Expected e) {
            PaymentRecord p = e.payment();
            OperationRecord op = e.operation();
            Place place = new Place(p.storeId(), p.terminalId());
            Tally tally = ours.computeIfAbsent(place, k -> new Tally());
            tally.journal += e.money();
            tally.differences++;
            differences.add(new FileDifference(Kind.ONLY_IN_JOURNAL, null,
                    op != null ? op.merchantOperationId() : p.merchantPaymentId(), p.paypayPaymentId(), p.storeId(),
                    p.terminalId(), null, null, p.state(), op != null ? op.kind() : null,
                    op != null ? op.state() : null, e.amount()));
        }

        // -------------------------------------------------------------- PayPay's side

        private void matchLine(TransactionLine line) {
            Optional<Target> target = resolve(line);
            Place place = new Place(line.storeId(), line.terminalId());
            if (target.isEmpty() && line.terminalId() != null && !ourTerminals.contains(line.terminalId())) {
                otherLines++;
                Tally t = others.computeIfAbsent(place, k -> new Tally());
                count(t, line);
                return;
            }
            Tally tally = ours.computeIfAbsent(place, k -> new Tally());
            count(tally, line);
            Verdict v = target.map(t -> compare(line, t)).orElse(new Verdict(Kind.ONLY_IN_PAYPAY, 0, null));
            consume(line, v);
            tally.journal += v.journalMoney();
            if (v.kind() != null) {
                tally.differences++;
                differences.add(difference(v, line));
            }
        }

        /**
         * A line that names a journal item accounts for it, whatever it says: a difference is listed once, at the
         * line, not again as missing from PayPay's file.
         */
        private void consume(TransactionLine line, Verdict v) {
            if (v.kind() == Kind.ONLY_IN_PAYPAY || v.target() == null) {
                return;
            }
            if (v.target().operation() != null) {
                consumed.add(operationKey(v.target().operation()));
            } else if (line.status() == PayPayFileStatus.FAILED || line.status() == PayPayFileStatus.AUTHORIZED
                    || line.status() == PayPayFileStatus.EXPIRED
                    || (line.status() == PayPayFileStatus.COMPLETED && !preAuth)) {
                consumed.add(paymentKey(v.target().payment()));
            }
        }

        private void count(Tally tally, TransactionLine line) {
            tally.lines++;
            tally.paypay += money(line);
            if (tally.storeName == null) {
                tally.storeName = line.storeName();
            }
        }

        /** The line's money as PayPay counts it: sales plus, refunds minus (the pre-auth file may omit the sign). */
        private long money(TransactionLine line) {
            return switch (line.status()) {
                case COMPLETED -> Math.abs(line.amount());
                case REFUNDED -> -Math.abs(line.amount());
                default -> 0;
            };
        }

        private Optional<Target> resolve(TransactionLine line) {
            Optional<OperationRecord> op = journal.findOperationByMerchantId(line.merchantId());
            if (op.isPresent()) {
                return journal.findPayment(op.get().merchantPaymentId()).map(p -> new Target(p, op.get()));
            }
            Optional<PaymentRecord> p = journal.findPayment(line.merchantId());
            if (p.isEmpty() && line.paypayPaymentId() != null) {
                p = journal.findPaymentByPaypayId(line.paypayPaymentId());
            }
            return p.map(payment -> new Target(payment, null));
        }

        private Verdict compare(TransactionLine line, Target t) {
            return switch (line.status()) {
                case COMPLETED -> preAuth ? capture(line, t) : sale(line, t);
                case FAILED -> failed(t);
                case REFUNDED -> refund(line, t);
                case REFUND_FAILED -> refundFailed(line, t);
                case AUTHORIZED -> authorization(line, t);
                case CANCELED -> revert(t);
                case EXPIRED -> expired(t);
            };
        }

        /** An instant payment PayPay completed. */
        private Verdict sale(TransactionLine line, Target t) {
            PaymentRecord p = t.payment();
            if (t.operation() != null) {
                return new Verdict(Kind.STATUS_DIFFERS, journalMoney(t), t);
            }
            if (KEPT.contains(p.state()) || (p.state() == PaymentState.CANCELED && cancelledAfter(p, line))) {
                consumed.add(paymentKey(p));
                return p.amount() == line.amount() ? Verdict.agree(line.amount(), t)
                        : new Verdict(Kind.AMOUNT_DIFFERS, p.amount(), t);
            }
            return new Verdict(Kind.STATUS_DIFFERS, 0, t);
        }

        /**
         * A payment paid on the file's day and cancelled on a later business day (allowed until 00:14:59): a file
         * written per event shows it completed here and the cancel in the next day's file.
         */
        private boolean cancelledAfter(PaymentRecord p, TransactionLine line) {
            BusinessDay lineDay = BusinessDay.of(line.acceptedAt());
            return journal.operationsFor(p.merchantPaymentId()).stream()
                    .anyMatch(op -> op.kind() == OperationKind.CANCEL && op.state() == OperationState.SUCCEEDED
                            && op.createdAt().isAfter(lineDay.end().minusMillis(1)));
        }

        /** PayPay says no money moved. */
        private Verdict failed(Target t) {
            PaymentRecord p = t.payment();
            if (t.operation() != null || KEPT.contains(p.state()) || OPEN.contains(p.state())) {
                return new Verdict(Kind.STATUS_DIFFERS, journalMoney(t), t);
            }
            return Verdict.agree(0, t);
        }

        /** A refund line: it names the refund itself or (instant file, §12.1.2) its payment. */
        private Verdict refund(TransactionLine line, Target t) {
            long amount = Math.abs(line.amount());
            if (t.operation() != null) {
                OperationRecord op = t.operation();
                if (op.kind() != OperationKind.REFUND || op.state() != OperationState.SUCCEEDED) {
                    return new Verdict(Kind.STATUS_DIFFERS, journalMoney(t), t);
                }
                consumed.add(operationKey(op));
                return op.amount() == amount ? Verdict.agree(-amount, t)
                        : new Verdict(Kind.AMOUNT_DIFFERS, -op.amount(), t);
            }
            List<OperationRecord> refunds = journal.operationsFor(t.payment().merchantPaymentId()).stream()
                    .filter(op -> op.kind() == OperationKind.REFUND && !consumed.contains(operationKey(op))).toList();
            List<OperationRecord> succeeded = refunds.stream()
                    .filter(op -> op.state() == OperationState.SUCCEEDED).toList();
            Optional<OperationRecord> same = succeeded.stream().filter(op -> op.amount() == amount).findFirst();
            if (same.isPresent()) {
                consumed.add(operationKey(same.get()));
                return Verdict.agree(-amount, new Target(t.payment(), same.get()));
            }
            if (!succeeded.isEmpty()) {
                OperationRecord op = succeeded.get(0);
                consumed.add(operationKey(op));
                return new Verdict(Kind.AMOUNT_DIFFERS, -op.amount(), new Target(t.payment(), op));
            }
            if (!refunds.isEmpty()) {
                return new Verdict(Kind.STATUS_DIFFERS, 0, new Target(t.payment(), refunds.get(0)));
            }
            return new Verdict(Kind.ONLY_IN_PAYPAY, 0, t);
        }

        /** PayPay says a refund did not happen. */
        private Verdict refundFailed(TransactionLine line, Target t) {
            long amount = Math.abs(line.amount());
            Optional<OperationRecord> op = Optional.ofNullable(t.operation()).or(() -> journal
                    .operationsFor(t.payment().merchantPaymentId()).stream()
                    .filter(o -> o.kind() == OperationKind.REFUND && o.amount() == amount).findFirst());
            if (op.isPresent() && op.get().state() == OperationState.SUCCEEDED) {
                return new Verdict(Kind.STATUS_DIFFERS, -op.get().amount(), new Target(t.payment(), op.get()));
            }
            return Verdict.agree(0, t);
        }

        /** A pre-auth authorization; a re-authorization adds lines for the same payment, checked once. */
        private Verdict authorization(TransactionLine line, Target t) {
            PaymentRecord p = t.payment();
            if (t.operation() != null || !p.kind().isPreAuth() || !AUTHORIZED_ONCE.contains(p.state())) {
                return new Verdict(Kind.STATUS_DIFFERS, journalMoney(t), t);
            }
            if (!consumed.add(paymentKey(p))) {
                return Verdict.agree(0, t);
            }
            return p.amount() == Math.abs(line.amount()) ? Verdict.agree(0, t)
                    : new Verdict(Kind.AMOUNT_DIFFERS, 0, t);
        }

        /** A pre-auth capture (the file's COMPLETED line carries the merchantCaptureId). */
        private Verdict capture(TransactionLine line, Target t) {
            long amount = Math.abs(line.amount());
            OperationRecord op = t.operation();
            if (op == null) {
                op = journal.operationsFor(t.payment().merchantPaymentId()).stream()
                        .filter(o -> o.kind() == OperationKind.CAPTURE && o.state() == OperationState.SUCCEEDED
                                && !consumed.contains(operationKey(o)))
                        .min((a, b) -> Boolean.compare(a.amount() != amount, b.amount() != amount)).orElse(null);
                if (op == null) {
                    return new Verdict(Kind.STATUS_DIFFERS, 0, t);
                }
            }
            Target captured = new Target(t.payment(), op);
            if (op.kind() != OperationKind.CAPTURE || op.state() != OperationState.SUCCEEDED) {
                return new Verdict(Kind.STATUS_DIFFERS, journalMoney(captured), captured);
            }
            consumed.add(operationKey(op));
            return op.amount() == amount ? Verdict.agree(amount, captured)
                    : new Verdict(Kind.AMOUNT_DIFFERS, op.amount(), captured);
        }

        /** A pre-auth authorization released (the file's CANCELED line carries the merchantRevertId). */
        private Verdict revert(Target t) {
            OperationRecord op = t.operation();
            boolean reverted = op != null ? op.kind() == OperationKind.REVERT && op.state() == OperationState.SUCCEEDED
                    : t.payment().state() == PaymentState.REVERTED;
            if (!reverted) {
                return new Verdict(Kind.STATUS_DIFFERS, journalMoney(t), t);
            }
            if (op != null) {
                consumed.add(operationKey(op));
            } else {
                journal.operationsFor(t.payment().merchantPaymentId()).stream()
                        .filter(o -> o.kind() == OperationKind.REVERT).forEach(o -> consumed.add(operationKey(o)));
            }
            return Verdict.agree(0, t);
        }

        /** An authorization that lapsed uncaptured. */
        private Verdict expired(Target t) {
            PaymentState state = t.payment().state();
            if (t.operation() != null || !(state == PaymentState.EXPIRED || state == PaymentState.FAILED)) {
                return new Verdict(Kind.STATUS_DIFFERS, journalMoney(t), t);
            }
            return Verdict.agree(0, t);
        }

        /** What the journal counts as moved money for a line whose status it disagrees with. */
        private long journalMoney(Target t) {
            OperationRecord op = t.operation();
            if (op != null) {
                if (op.state() != OperationState.SUCCEEDED) {
                    return 0;
                }
                return switch (op.kind()) {
                    case REFUND -> -op.amount();
                    case CAPTURE -> op.amount();
                    default -> 0;
                };
            }
            PaymentRecord p = t.payment();
            return !p.kind().isPreAuth() && KEPT.contains(p.state()) ? p.amount() : 0;
        }

        private FileDifference difference(Verdict v, TransactionLine line) {
            Target t = v.target();
            PaymentRecord p = t != null ? t.payment() : null;
            OperationRecord op = t != null ? t.operation() : null;
            Long journalAmount = switch (v.kind()) {
                case ONLY_IN_PAYPAY -> null;
                case AMOUNT_DIFFERS -> op != null
                        ? (op.kind() == OperationKind.REFUND ? -op.amount() : op.amount()) : p.amount();
                default -> v.journalMoney();
            };
            return new FileDifference(v.kind(), line.lineNumber(), line.merchantId(),
                    line.paypayPaymentId() != null ? line.paypayPaymentId() : p != null ? p.paypayPaymentId() : null,
                    line.storeId() != null ? line.storeId() : p != null ? p.storeId() : null,
                    line.terminalId() != null ? line.terminalId() : p != null ? p.terminalId() : null,
                    line.status(), line.amount(), p != null ? p.state() : null, op != null ? op.kind() : null,
                    op != null ? op.state() : null, journalAmount);
        }

        private List<TerminalTotals> totals(Map<Place, Tally> tallies) {
            return tallies.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(Comparator
                            .comparing(Place::storeId, Comparator.nullsFirst(String::compareTo))
                            .thenComparing(Place::terminalId, Comparator.nullsFirst(String::compareTo))))
                    .map(e -> e.getValue().totals(e.getKey())).toList();
        }
    }

    private static String paymentKey(PaymentRecord p) {
        return "P" + p.id();
    }

    private static String operationKey(OperationRecord op) {
        return "O" + op.id();
    }
}
