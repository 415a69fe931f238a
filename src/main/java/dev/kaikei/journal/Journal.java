package dev.kaikei.journal;

import dev.kaikei.files.OwnerOnly;
import dev.kaikei.sale.PayPayTender;
import dev.kaikei.sale.Tenders;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The write-ahead SQLite journal of every payment, operation, linked customer and PayPay call. The engine commits a row
 * here <em>before</em> each money-moving request and updates it after every response; the journal stores state, the
 * engine decides transitions. Thread-safe: every state change is one transaction, and transitions are
 * compare-and-set on the expected state(s), so two threads can never both move the same payment.
 */
public final class Journal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);

    private final Database db;
    private final JournalOptions options;

    private Journal(Database db, JournalOptions options) {
        this.db = db;
        this.options = options;
    }

    /**
     * Opens (creating it and its directories if missing) the journal file with default options and brings its schema
     * up to date.
     *
     * @throws JournalException if the file is a directory, unwritable, corrupt, not a journal, locked by another
     *                          connection, or written by a newer Kaikei (newer schema version)
     */
    public static Journal open(Path file) {
        return open(file, JournalOptions.defaults());
    }

    /** Like {@link #open(Path)} with explicit options (clock, busy timeout, attention thresholds). */
    public static Journal open(Path file, JournalOptions options) {
        return new Journal(Database.open(file, options), options);
    }

    /** The schema version this code writes (the journal's {@code PRAGMA user_version} after open). */
    public static int schemaVersion() {
        return Migrations.latest();
    }

    public Path file() {
        return db.file();
    }

    // ---------------------------------------------------------------- payments

    /**
     * Commits a new payment in state CREATING, before its create request is sent.
     *
     * @throws DuplicateIdException if the merchantPaymentId is already in the journal (nothing written)
     */
    public PaymentRecord insertPayment(NewPayment payment) {
        Check.required("payment", payment);
        return db.write("insert a payment", c -> {
            if (PaymentTable.exists(c, payment.merchantPaymentId())) {
                throw new DuplicateIdException("merchantPaymentId " + payment.merchantPaymentId()
                        + " is already in the journal; merchant ids must never be reused", null);
            }
            long id = PaymentTable.insert(c, payment, now());
            db.changed(new JournalChange(JournalChange.Entity.PAYMENT, id, payment.merchantPaymentId()));
            LOG.info("Payment {} journaled: {} {} yen", payment.merchantPaymentId(), payment.kind(), payment.amount());
            return PaymentTable.byId(c, id).orElseThrow();
        });
    }

    /**
     * Commits a new payment in state CREATING together with the sale it pays (lines, per-rate totals and tax, and a
     * PayPay tender pointing at the payment), in one transaction, before its create request is sent.
     *
     * @throws DuplicateIdException     if the merchantPaymentId is already in the journal (nothing written)
     * @throws IllegalArgumentException if the sale's other tenders and the payment do not settle its total exactly
     */
    public PaymentRecord insertPayment(NewPayment payment, NewSale sale) {
        Check.required("payment", payment);
        Check.required("sale", sale);
        long due = Tenders.remaining(sale.sale().total(), sale.tenders());
        if (due != payment.amount()) {
            throw new IllegalArgumentException("the payment of ¥" + payment.amount() + " does not match the ¥" + due
                    + " left to pay of the sale");
        }
        return db.write("insert a payment with its sale", c -> {
            if (PaymentTable.exists(c, payment.merchantPaymentId())) {
                throw new DuplicateIdException("merchantPaymentId " + payment.merchantPaymentId()
                        + " is already in the journal; merchant ids must never be reused", null);
            }
            long id = PaymentTable.insert(c, payment, now());
            long saleId = SaleTable.insert(c, sale, new SaleTable.PayPayLink(
                    new PayPayTender(payment.amount(), payment.merchantPaymentId(), null), id), now());
            db.changed(new JournalChange(JournalChange.Entity.PAYMENT, id, payment.merchantPaymentId()));
            LOG.info("Payment {} journaled: {} {} yen for sale {} ({} lines)", payment.merchantPaymentId(),
                    payment.kind(), payment.amount(), saleId, sale.sale().lines().size());
            return PaymentTable.byId(c, id).orElseThrow();
        });
    }

    /**
     * Commits a sale paid without a new PayPay payment (e.g. in cash), with its lines, totals and tenders.
     *
     * @throws IllegalArgumentException if the tenders do not settle its total exactly, or a PayPay tender names a
     *                                  payment the journal does not have
     */
    public SaleRecord insertSale(NewSale sale) {
        Check.required("sale", sale);
        Tenders.requireSettles(sale.sale().total(), sale.tenders());
        return db.write("insert a sale", c -> {
            long id = SaleTable.insert(c, sale, null, now());
            LOG.info("Sale {} journaled: {} yen", id, sale.sale().total());
            return SaleTable.byId(c, id).orElseThrow();
        });
    }

    public Optional<SaleRecord> findSale(long saleId) {
        return db.read("find a sale", c -> SaleTable.byId(c, saleId));
    }

    /** The sale a PayPay payment pays, if it was rung up as one (payments of older journals have none). */
    public Optional<SaleRecord> findSaleForPayment(String merchantPaymentId) {
        return db.read("find a sale", c -> SaleTable.byPayment(c, merchantPaymentId));
    }

    /** Sales committed on the business day, oldest first, whatever became of their payments. */
    public List<SaleRecord> salesOn(BusinessDay day) {
        Check.required("day", day);
        return db.read("list a day's sales", c -> SaleTable.createdBetween(c, day.start(), day.end()));
    }

    /**
     * Applies {@code change} to the payment if, and only if, its current state is one of {@code expected}
     * (compare-and-set, in one transaction).
     *
     * @return the updated payment, or empty if its state was not one of {@code expected} (another thread moved it)
     * @throws IllegalArgumentException if there is no such payment
     */
    public Optional<PaymentRecord> transition(String merchantPaymentId, Set<PaymentState> expected,
                                              PaymentChange change) {
        Check.required("merchantPaymentId", merchantPaymentId);
        Check.required("expected", expected);
        Check.required("change", change);
        return db.write("update a payment", c -> {
            PaymentRecord current = requirePayment(c, merchantPaymentId);
            if (!expected.contains(current.state())) {
                LOG.debug("Payment {} is {}, not {}: change skipped", merchantPaymentId, current.state(), expected);
                return Optional.empty();
            }
            return Optional.of(applyPayment(c, current, change));
        });
    }

    /** Same as {@link #transition(String, Set, PaymentChange)} with a single expected state. */
    public Optional<PaymentRecord> transition(String merchantPaymentId, PaymentState expected, PaymentChange change) {
        return transition(merchantPaymentId, EnumSet.of(Check.required("expected", expected)), change);
    }

    public Optional<PaymentRecord> findPayment(String merchantPaymentId) {
        return db.read("find a payment", c -> PaymentTable.byMerchantId(c, merchantPaymentId));
    }

    public Optional<PaymentRecord> findPaymentByCodeId(String codeId) {
        return db.read("find a payment", c -> PaymentTable.where(c, "WHERE p.code_id = ? ORDER BY p.id DESC LIMIT 1",
                codeId).stream().findFirst());
    }

    public Optional<PaymentRecord> findPaymentByPaypayId(String paypayPaymentId) {
        return db.read("find a payment", c -> PaymentTable.where(c,
                "WHERE p.paypay_payment_id = ? ORDER BY p.id DESC LIMIT 1", paypayPaymentId).stream().findFirst());
    }

    /** Payments in a non-final state (CREATING, AWAITING_PAYMENT, UNKNOWN, AUTHORIZED), oldest first. */
    public List<PaymentRecord> nonFinalPayments() {
        return db.read("list open payments", Reports::nonFinalPayments);
    }

    // ---------------------------------------------------------------- operations

    /** Commits a new operation in state PENDING before its request is sent, whatever the payment's state. */
    public OperationRecord insertOperation(NewOperation operation) {
        return insertOperation(operation, EnumSet.allOf(PaymentState.class)).orElseThrow();
    }

    /**
     * Commits a new operation in state PENDING if its payment is in one of {@code paymentStates} (checked in the same
     * transaction, so e.g. a refund cannot be journaled against a payment another thread just cancelled).
     *
     * @return the operation, or empty if the payment was in another state
     * @throws DuplicateIdException     if its merchantOperationId is already used (nothing written)
     * @throws IllegalArgumentException if there is no such payment
     */
    public Optional<OperationRecord> insertOperation(NewOperation operation, Set<PaymentState> paymentStates) {
        Check.required("operation", operation);
        Check.required("paymentStates", paymentStates);
        return db.write("insert an operation", c -> {
            PaymentRecord payment = requirePayment(c, operation.merchantPaymentId());
            if (operation.merchantOperationId() != null
                    && OperationTable.merchantIdExists(c, operation.merchantOperationId())) {
                throw new DuplicateIdException("merchant id " + operation.merchantOperationId() + " of the "
                        + operation.kind() + " is already in the journal; merchant ids must never be reused", null);
            }
            if (!paymentStates.contains(payment.state())) {
                return Optional.empty();
            }
            long id = OperationTable.insert(c, payment.id(), operation, now());
            db.changed(new JournalChange(JournalChange.Entity.OPERATION, id, payment.merchantPaymentId()));
            LOG.info("Operation {} on payment {} journaled ({} yen)", operation.kind(), payment.merchantPaymentId(),
                    operation.amount());
            return OperationTable.byId(c, id);
        });
    }

    /**
     * Applies {@code change} (and its optional payment change) to the operation if its state is one of
     * {@code expected}, in one transaction. The payment's refundedTotal and capturedAmount are recomputed from its
     * SUCCEEDED refunds and captures.
     *
     * @return the updated operation, or empty if its state was not one of {@code expected}
     * @throws IllegalArgumentException if there is no such operation
     */
    public Optional<OperationRecord> updateOperation(long operationId, Set<OperationState> expected,
                                                     OperationChange change) {
        Check.required("expected", expected);
        Check.required("change", change);
        return db.write("update an operation", c -> {
            OperationRecord current = OperationTable.byId(c, operationId).orElseThrow(
                    () -> new IllegalArgumentException("no operation with id " + operationId + " in the journal"));
            if (!expected.contains(current.state())) {
                return Optional.empty();
            }
            OperationTable.apply(c, operationId, change, now());
            PaymentRecord payment = PaymentTable.byId(c, current.paymentId()).orElseThrow();
            applyPayment(c, payment, change.payment() != null ? change.payment() : PaymentChange.keepState());
            db.changed(new JournalChange(JournalChange.Entity.OPERATION, operationId, current.merchantPaymentId()));
            OperationRecord updated = OperationTable.byId(c, operationId).orElseThrow();
            if (updated.state() != current.state()) {
                LOG.info("Operation {} {} on payment {}: {} -> {}", operationId, current.kind(),
                        current.merchantPaymentId(), current.state(), updated.state());
            }
            return Optional.of(updated);
        });
    }

    /** Same as {@link #updateOperation(long, Set, OperationChange)} with a single expected state. */
    public Optional<OperationRecord> updateOperation(long operationId, OperationState expected,
                                                     OperationChange change) {
        return updateOperation(operationId, EnumSet.of(Check.required("expected", expected)), change);
    }

    public Optional<OperationRecord> findOperation(long operationId) {
        return db.read("find an operation", c -> OperationTable.byId(c, operationId));
    }

    /** Finds a refund, capture or revert by its merchant-side id. */
    public Optional<OperationRecord> findOperationByMerchantId(String merchantOperationId) {
        return db.read("find an operation", c -> OperationTable.byMerchantId(c, merchantOperationId));
    }

    /** The operations of a payment, oldest first. */
    public List<OperationRecord> operationsFor(String merchantPaymentId) {
        return db.read("list operations", c -> OperationTable.where(c,
                "WHERE p.merchant_payment_id = ? ORDER BY o.id", merchantPaymentId));
    }

    /** Operations PENDING, ACCEPTED or UNKNOWN, oldest first. */
    public List<OperationRecord> nonFinalOperations() {
        return db.read("list open operations", Reports::nonFinalOperations);
    }

    // ---------------------------------------------------------------- receipts

    /**
     * The receipt of a sale, numbered now from the terminal's sequence if it has no number yet; a sale has one
     * receipt, whatever the number of prints.
     *
     * @throws IllegalArgumentException if there is no such sale
     */
    public ReceiptRecord saleReceipt(long saleId, String terminalId) {
        return issueReceipt(saleId, ReceiptKind.SALE, null, terminalId);
    }

    /**
     * The return receipt (返還インボイス) of a refund or cancel of the sale, numbered now if it has none.
     *
     * @throws IllegalArgumentException if there is no such sale or operation
     */
    public ReceiptRecord returnReceipt(long saleId, long operationId, String terminalId) {
        return issueReceipt(saleId, ReceiptKind.RETURN, operationId, terminalId);
    }

    private ReceiptRecord issueReceipt(long saleId, ReceiptKind kind, Long operationId, String terminalId) {
        String terminal = terminalId == null || terminalId.isBlank() ? "-" : Check.text("terminalId", terminalId);
        return db.write("number a receipt", c -> {
            if (SaleTable.byId(c, saleId).isEmpty()) {
                throw new IllegalArgumentException("no sale " + saleId + " in the journal");
            }
            if (operationId != null && OperationTable.byId(c, operationId).isEmpty()) {
                throw new IllegalArgumentException("no operation " + operationId + " in the journal");
            }
            ReceiptRecord r = ReceiptTable.issue(c, saleId, kind, operationId, terminal, now());
            db.changed(new JournalChange(JournalChange.Entity.RECEIPT, r.id(), null));
            return r;
        });
    }

    /** The sale's receipt, if it was ever issued. */
    public Optional<ReceiptRecord> findSaleReceipt(long saleId) {
        return db.read("find a receipt", c -> ReceiptTable.one(c, "WHERE r.sale_id = ? AND r.kind = 'SALE'",
                saleId));
    }

    /** The receipt with {@code number} in {@code terminalId}'s sequence (a sale's or a return's), if issued. */
    public Optional<ReceiptRecord> findReceiptByNumber(String terminalId, long number) {
        return db.read("find a receipt", c -> ReceiptTable.one(c, "WHERE r.terminal_id = ? AND r.number = ?",
                terminalId, number));
    }

    /** The return receipt of a refund or cancel, if it was ever issued. */
    public Optional<ReceiptRecord> findReturnReceipt(long operationId) {
        return db.read("find a receipt", c -> ReceiptTable.one(c,
                "WHERE r.operation_id = ? AND r.kind = 'RETURN'", operationId));
    }

    /** Journals a print of a receipt (every print is kept, also those that failed). */
    public PrintRecord recordPrint(long receiptId, NewPrint print) {
        Check.required("print", print);
        return db.write("record a print", c -> {
            if (ReceiptTable.one(c, "WHERE r.id = ?", receiptId).isEmpty()) {
                throw new IllegalArgumentException("no receipt " + receiptId + " in the journal");
            }
            long id = ReceiptTable.insertPrint(c, receiptId, print, now());
            db.changed(new JournalChange(JournalChange.Entity.RECEIPT, receiptId, null));
            return ReceiptTable.prints(c, "WHERE pr.id = ?", id).get(0);
        });
    }

    /** Sets how a print went ({@code detail}: why it waits, or null). */
    public PrintRecord updatePrint(long printId, PrintState state, String detail) {
        Check.required("state", state);
        return db.write("update a print", c -> {
            if (ReceiptTable.updatePrint(c, printId, state, Check.text("detail", detail), now()) == 0) {
                throw new IllegalArgumentException("no print " + printId + " in the journal");
            }
            PrintRecord p = ReceiptTable.prints(c, "WHERE pr.id = ?", printId).get(0);
            db.changed(new JournalChange(JournalChange.Entity.RECEIPT, p.receipt().id(), null));
            return p;
        });
    }

    /** Every print of a receipt, oldest first. */
    public List<PrintRecord> printsOf(long receiptId) {
        return db.read("list prints", c -> ReceiptTable.prints(c, "WHERE pr.receipt_id = ? ORDER BY pr.id",
                receiptId));
    }

    /**
     * The reprint queue: prints the printer could not take, oldest first (with those left SENDING by a crash).
     */
    public List<PrintRecord> waitingPrints() {
        return db.read("list waiting prints", c -> ReceiptTable.prints(c,
                "WHERE pr.state IN ('SENDING', 'WAITING') ORDER BY pr.created_at, pr.id"));
    }

    // ---------------------------------------------------------------- events

    /** Appends a PayPay call to the append-only event log and returns its id. */
    public long appendEvent(CallEvent event) {
        Check.required("event", event);
        return db.write("append an event", c -> EventLog.append(c, event));
    }

    /** Calls about the payment and about its refunds, captures and reverts, oldest first. */
    public List<CallEvent> eventsFor(String merchantPaymentId) {
        return db.read("list events", c -> EventLog.forPayment(c, merchantPaymentId));
    }

    /** The last {@code limit} calls, oldest first. */
    public List<CallEvent> recentEvents(int limit) {
        return db.read("list events", c -> EventLog.recent(c, limit));
    }

    // ---------------------------------------------------------------- customers

    /**
     * Saves a customer about to link a PayPay account (status LINKING).
     *
     * @throws DuplicateIdException if another customer that is not UNLINKED has the same reference
     */
    public CustomerRecord insertCustomer(String reference, String phone, String linkNonce) {
        Check.requiredText("reference", reference);
        Check.text("phone", phone, 32);
        Check.text("linkNonce", linkNonce);
        return db.write("insert a customer", c -> {
            requireFreeReference(c, reference, -1);
            long id = CustomerTable.insert(c, reference, phone, linkNonce, now());
            db.changed(new JournalChange(JournalChange.Entity.CUSTOMER, id, null));
            return CustomerTable.byId(c, id).orElseThrow();
        });
    }

    /** Records a completed account link; only a LINKING customer can become LINKED. */
    public CustomerRecord markCustomerLinked(long customerId, String userAuthorizationId) {
        Check.requiredText("userAuthorizationId", userAuthorizationId);
        Check.text("userAuthorizationId", userAuthorizationId, 64);
        return updateCustomer(customerId, Set.of(CustomerStatus.LINKING), null, userAuthorizationId,
                "status = ?, user_authorization_id = ?, link_nonce = NULL", CustomerStatus.LINKED, userAuthorizationId);
    }

    /** Records that the link was removed (or the pending link abandoned). */
    public CustomerRecord markCustomerUnlinked(long customerId) {
        return updateCustomer(customerId, Set.of(CustomerStatus.LINKING, CustomerStatus.LINKED), null, null,
                "status = ?, link_nonce = NULL", CustomerStatus.UNLINKED);
    }

    /** Changes a customer's reference and phone. */
    public CustomerRecord updateCustomerContact(long customerId, String reference, String phone) {
        Check.requiredText("reference", reference);
        Check.text("phone", phone, 32);
        return updateCustomer(customerId, EnumSet.allOf(CustomerStatus.class), reference, null,
                "reference = ?, phone = ?", reference, phone);
    }

    /** Deletes a customer that is not LINKED (a linked user must be unlinked at PayPay first). */
    public void deleteCustomer(long customerId) {
        db.write("delete a customer", c -> {
            CustomerRecord current = requireCustomer(c, customerId);
            if (current.status() == CustomerStatus.LINKED) {
                throw new IllegalStateException("customer " + customerId + " is still LINKED; unlink it first");
            }
            Sql.update(c, "DELETE FROM customers WHERE id = ?", customerId);
            db.changed(new JournalChange(JournalChange.Entity.CUSTOMER, customerId, null));
            return null;
        });
    }

    public Optional<CustomerRecord> findCustomer(long customerId) {
        return db.read("find a customer", c -> CustomerTable.byId(c, customerId));
    }

    /** The customer with this reference that is not UNLINKED. */
    public Optional<CustomerRecord> findCustomerByReference(String reference) {
        return db.read("find a customer", c -> CustomerTable.where(c,
                "WHERE reference = ? AND status <> 'UNLINKED'", reference).stream().findFirst());
    }

    public Optional<CustomerRecord> findCustomerByNonce(String linkNonce) {
        return db.read("find a customer", c -> CustomerTable.where(c, "WHERE link_nonce = ?", linkNonce)
                .stream().findFirst());
    }

    /** All customers, by reference. */
    public List<CustomerRecord> customers() {
        return db.read("list customers", c -> CustomerTable.where(c, "ORDER BY reference, id"));
    }

    // ---------------------------------------------------------------- queries

    /** Payments created on the business day, newest first. */
    public List<PaymentRecord> paymentsOn(BusinessDay day) {
        return db.read("list a day", c -> PaymentTable.where(c,
                "WHERE p.created_at >= ? AND p.created_at < ? ORDER BY p.created_at DESC, p.id DESC",
                day.start(), day.end()));
    }

    /**
     * The last business day before {@code day} with any payment (the shop's previous trading day, whatever days it
     * closed in between), or empty for a journal with none before it.
     */
    public Optional<BusinessDay> lastTradingDayBefore(BusinessDay day) {
        return db.read("find the previous trading day", c -> Sql.one(c,
                        "SELECT MAX(created_at) FROM payments WHERE created_at < ?", rs -> rs.getLong(1), day.start()))
                .filter(millis -> millis > 0).map(millis -> BusinessDay.of(Instant.ofEpochMilli(millis)));
    }

    /** A linked customer's latest payments (direct debits and pre-authorizations), newest first. */
    public List<PaymentRecord> paymentsOfCustomer(String reference, int limit) {
        Check.requiredText("reference", reference);
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be between 1 and 1000 (got " + limit + ")");
        }
        return db.read("list a customer's payments", c -> PaymentTable.where(c,
                "WHERE p.customer_reference = ? ORDER BY p.created_at DESC, p.id DESC LIMIT ?", reference, limit));
    }

    /** Payments of today's business day (Asia/Tokyo) by the journal's clock, newest first. */
    public List<PaymentRecord> todaysPayments() {
        return paymentsOn(BusinessDay.today(options.clock()));
    }

    /** One page of the history: see {@link PaymentSearch}. */
    public List<PaymentRecord> search(PaymentSearch criteria) {
        Check.required("criteria", criteria);
        return db.read("search payments", c -> Reports.search(c, criteria));
    }

    /** What a person must look at now: see {@link NeedsAttention}. */
    public NeedsAttention needsAttention() {
        return db.read("list items needing attention", c -> Reports.needsAttention(c, now(), options));
    }

    /** End-of-day totals: see {@link DayReport} for the exact definitions. */
    public DayReport dayReport(BusinessDay day) {
        Check.required("day", day);
        return db.read("compute the day report", c -> Reports.dayReport(c, day));
    }

    /**
     * Writes a CSV of payments created and refunds requested in [from, to) to {@code out} (not closed): UTF-8 with
     * BOM, RFC 4180, header row. Returns the number of data rows.
     */
    public int exportCsv(Instant from, Instant to, OutputStream out) {
        Check.required("from", from);
        Check.required("to", to);
        Check.required("out", out);
        return db.read("export", c -> {
            try {
                return CsvExport.write(c, from, to, out);
            } catch (IOException e) {
                throw new UncheckedIOException("CSV export failed: " + e.getMessage(), e);
            }
        });
    }

    /** Writes the CSV of the business days {@code first}..{@code last} (inclusive) to a file, atomically. */
    public int exportCsv(BusinessDay first, BusinessDay last, Path target) {
        Check.required("target", target);
        try {
            Path dir = target.toAbsolutePath().getParent();
            OwnerOnly.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".export", ".csv"); // owner-only, like every file with money data
            try {
                int rows;
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    rows = exportCsv(first.start(), last.end(), out);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return rows;
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the CSV export " + target + ": " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- PayPay's transaction file

    /** Operations (refunds, captures, reverts, cancels) committed on the business day, oldest first. */
    public List<OperationRecord> operationsOn(BusinessDay day) {
        Check.required("day", day);
        return db.read("list a day's operations", c -> OperationTable.where(c,
                "WHERE o.created_at >= ? AND o.created_at < ? ORDER BY o.created_at, o.id", day.start(), day.end()));
    }

    /** Keeps the outcome of matching a PayPay transaction file (which file, when, what differed). */
    public FileMatchRecord insertFileMatch(NewFileMatch match) {
        Check.required("match", match);
        return db.write("keep a PayPay file match", c -> {
            long id = FileMatchTable.insert(c, match, now());
            db.changed(new JournalChange(JournalChange.Entity.FILE_MATCH, id, null));
            LOG.info("PayPay file {} matched for {}: {} differences", match.fileName(), match.day().date(),
                    match.differences().size());
            return FileMatchTable.byId(c, id).orElseThrow();
        });
    }

    /** The PayPay file matches kept for a business day, newest first. */
    public List<FileMatchRecord> fileMatchesOn(BusinessDay day) {
        Check.required("day", day);
        return db.read("list PayPay file matches", c -> FileMatchTable.onDay(c, day));
    }

    // ---------------------------------------------------------------- till

    /** The till's sessions, cash movements, counts and Z reports. */
    public TillBook till() {
        return new TillBook(db, options.clock());
    }

    // ---------------------------------------------------------------- HQ sync

    /** The outbox of changes waiting to be pushed to HQ (filled by the schema's triggers). */
    public SyncOutbox syncOutbox() {
        return new SyncOutbox(db);
    }

    // ---------------------------------------------------------------- change stream

    /**
     * Registers a listener told of every committed change, on the journal's notification thread (never under its
     * locks). Exceptions it throws are logged and ignored.
     */
    public Subscription addListener(JournalListener listener) {
        return db.subscribe(Check.required("listener", listener));
    }

    /** A PRAGMA value of the writing connection, e.g. "synchronous" (diagnostics and tests). */
    String pragma(String name) {
        return db.writerPragma(name);
    }

    /**
     * Writes a consistent copy of the journal to {@code target} (SQLite {@code VACUUM INTO}) while it stays in use;
     * the file appears complete or not at all.
     *
     * @throws JournalException if the copy cannot be written (an existing {@code target} is replaced)
     */
    public void backupTo(Path target) {
        backupTo(target, () -> true);
    }

    /**
     * As {@link #backupTo(Path)}; {@code keepGoing} is asked every few milliseconds of copying and stops the copy when
     * it answers false (the app stopping: a big journal's copy must not hold up the exit).
     *
     * @throws JournalException if the copy cannot be written or was stopped (nothing is left at {@code target})
     */
    public void backupTo(Path target, BooleanSupplier keepGoing) {
        Path absolute = target.toAbsolutePath();
        Path tmp = absolute.resolveSibling(absolute.getFileName() + ".partial");
        try {
            OwnerOnly.createDirectories(absolute.getParent());
            Files.deleteIfExists(tmp);
            // SQLite copies into an empty file as it is: created owner-only first, the copy never shows to others.
            OwnerOnly.createFile(tmp);
            db.vacuumInto(tmp, keepGoing);
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new JournalException("Cannot write the backup " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                LOG.warn("Cannot remove the unfinished backup {}: {}", tmp, e.toString());
            }
        }
    }

    /**
     * Checks a journal file (e.g. a backup about to be restored) without changing it: it must open read-only, pass
     * SQLite's integrity check and have a schema this version can use.
     *
     * @return what is wrong with it, or empty when it is fine
     */
    public static Optional<String> problemWith(Path file) {
        return Database.problemWith(file);
    }

    @Override
    public void close() {
        db.close();
    }

    // ---------------------------------------------------------------- internals

    private PaymentRecord applyPayment(Connection c, PaymentRecord current, PaymentChange change) throws SQLException {
        PaymentTable.apply(c, current.id(), change, now());
        PaymentTable.recomputeTotals(c, current.id());
        db.changed(new JournalChange(JournalChange.Entity.PAYMENT, current.id(), current.merchantPaymentId()));
        PaymentRecord updated = PaymentTable.byId(c, current.id()).orElseThrow();
        if (updated.state() != current.state()) {
            LOG.info("Payment {}: {} -> {} (PayPay status {})", current.merchantPaymentId(), current.state(),
                    updated.state(), updated.paypayStatus());
        }
        return updated;
    }

    private static PaymentRecord requirePayment(Connection c, String merchantPaymentId) throws SQLException {
        return PaymentTable.byMerchantId(c, merchantPaymentId).orElseThrow(() -> new IllegalArgumentException(
                "no payment with merchantPaymentId " + merchantPaymentId + " in the journal"));
    }

    private static CustomerRecord requireCustomer(Connection c, long customerId) throws SQLException {
        return CustomerTable.byId(c, customerId).orElseThrow(() -> new IllegalArgumentException(
                "no customer with id " + customerId + " in the journal"));
    }

    private static void requireFreeReference(Connection c, String reference, long exceptId) throws SQLException {
        if (!CustomerTable.where(c, "WHERE reference = ? AND status <> 'UNLINKED' AND id <> ?", reference, exceptId)
                .isEmpty()) {
            throw new DuplicateIdException("a customer with reference '" + reference + "' already exists", null);
        }
    }

    private CustomerRecord updateCustomer(long customerId, Set<CustomerStatus> allowed, String newReference,
                                          String reissuedAuthorizationId, String assignments, Object... params) {
        return db.write("update a customer", c -> {
            CustomerRecord current = requireCustomer(c, customerId);
            if (!allowed.contains(current.status())) {
                throw new IllegalStateException("customer " + customerId + " is " + current.status()
                        + "; expected one of " + allowed);
            }
            if (newReference != null) {
                requireFreeReference(c, newReference, customerId);
            }
            if (reissuedAuthorizationId != null) {
                // PayPay reissues a user's id when they link again: an unlinked customer row gives it up (its
                // payments keep it), while a linked or linking one still makes the link fail as a duplicate.
                Sql.update(c, "UPDATE customers SET user_authorization_id = NULL "
                        + "WHERE user_authorization_id = ? AND status = 'UNLINKED'", reissuedAuthorizationId);
            }
            try {
                CustomerTable.update(c, customerId, now(), assignments, params);
            } catch (SQLException e) {
                if (SqlErrors.isConstraint(e)) {
                    throw new DuplicateIdException("customer " + customerId + ": " + e.getMessage(), e);
                }
                throw e;
            }
            db.changed(new JournalChange(JournalChange.Entity.CUSTOMER, customerId, null));
            return CustomerTable.byId(c, customerId).orElseThrow();
        });
    }

    private Instant now() {
        return options.clock().instant();
    }
}
