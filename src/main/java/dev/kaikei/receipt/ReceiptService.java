package dev.kaikei.receipt;

import dev.kaikei.journal.Journal;
import dev.kaikei.journal.NewPrint;
import dev.kaikei.journal.NewSale;
import dev.kaikei.journal.OperationKind;
import dev.kaikei.journal.OperationRecord;
import dev.kaikei.journal.OperationState;
import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.journal.PrintOutput;
import dev.kaikei.journal.PrintRecord;
import dev.kaikei.journal.PrintState;
import dev.kaikei.journal.ReceiptKind;
import dev.kaikei.journal.ReceiptRecord;
import dev.kaikei.journal.SaleRecord;
import dev.kaikei.receipt.ReceiptException.Reason;
import dev.kaikei.sale.PayPayTender;
import dev.kaikei.sale.RefundAllocation;
import dev.kaikei.sale.Sale;
import dev.kaikei.sale.SaleTotals;
import dev.kaikei.sale.ServiceMode;
import dev.kaikei.sale.TaxPolicy;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

/**
 * Issues receipts from the journal: finds the sale a payment paid (or the refund or cancel that returned it), gives
 * the receipt its number, composes it, and renders it as text, PDF or ESC/POS; every print is journaled. A receipt is
 * only for a payment PayPay confirmed; a second print of the same receipt must be a reprint (再発行).
 */
public final class ReceiptService {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private final Journal journal;
    private final ReceiptSettings settings;
    private final Optional<PrintQueue> queue;
    private final Supplier<Optional<Path>> font;

    /**
     * @param queue the receipt printer's queue, when an ESC/POS printer is set up
     * @param font  finds the Japanese font for PDFs ({@link JapaneseFont#locate()})
     */
    public ReceiptService(Journal journal, ReceiptSettings settings, Optional<PrintQueue> queue,
                          Supplier<Optional<Path>> font) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.queue = Objects.requireNonNull(queue, "queue");
        this.font = Objects.requireNonNull(font, "font");
    }

    public ReceiptSettings settings() {
        return settings;
    }

    /** A receipt ready to render: its journal record and what it says. */
    public record Issued(ReceiptRecord receipt, ReceiptContent content, ReceiptDocument document) {
    }

    /**
     * Numbers (if new) and composes the receipt asked for, without journaling a print.
     *
     * @throws ReceiptException if the payment is unknown or unpaid, the return does not exist, or the request breaks
     *                          the reprint rule
     */
    public Issued prepare(ReceiptRequest request) {
        if (request.cashSaleId() > 0) {
            return prepareCash(request);
        }
        PaymentRecord payment = journal.findPayment(request.merchantPaymentId()).orElseThrow(() ->
                new ReceiptException(Reason.UNKNOWN_PAYMENT, "No payment " + request.merchantPaymentId()
                        + " in the journal"));
        if (!payment.state().wasPaid() || payment.saleAmount() < 1) {
            throw new ReceiptException(Reason.NOT_PAID, "Payment " + payment.merchantPaymentId() + " is "
                    + payment.state() + ": a receipt is only issued once PayPay has confirmed the payment");
        }
        SaleRecord sale = saleOf(payment);
        String terminal = settings.store().terminalId();
        ReceiptRecord saleReceipt = journal.saleReceipt(sale.id(), terminal);
        Instant paidAt = payment.acceptedAt() != null ? payment.acceptedAt() : sale.createdAt();
        ReceiptContent content;
        ReceiptRecord receipt;
        if (request.returnOf().isEmpty()) {
            receipt = saleReceipt;
            content = new ReceiptContent(ReceiptKind.SALE, request.variant(), request.reprint(), settings.store(),
                    number(receipt), paidAt.atZone(TOKYO), sale.sale(), sale.totals(), true, sale.tenders(),
                    Optional.empty(), request.addressee(), request.purpose());
        } else {
            OperationRecord op = returnOperation(payment, request.returnOf().get());
            boolean cancel = op.kind() == OperationKind.CANCEL;
            long returned = cancel ? payment.saleAmount() : op.amount();
            SaleTotals totals = RefundAllocation.allocate(sale.totals(), Math.min(returned, sale.totals().total()),
                    settings.rounding());
            receipt = journal.returnReceipt(sale.id(), op.id(), terminal);
            content = new ReceiptContent(ReceiptKind.RETURN, request.variant(), request.reprint(), settings.store(),
                    number(receipt), op.updatedAt().atZone(TOKYO), sale.sale(), totals,
                    totals.total() == sale.totals().total(), List.of(),
                    Optional.of(new ReceiptContent.Returned(number(saleReceipt), paidAt.atZone(TOKYO), cancel,
                            cancel ? payment.merchantPaymentId() : op.merchantOperationId())),
                    request.addressee(), request.purpose());
        }
        checkReprintRule(receipt, request);
        return new Issued(receipt, content, new ReceiptComposer(request.locale()).compose(content));
    }

    /** The receipt of a sale paid in cash alone: its time is the sale's, its tender the cash with the change. */
    private Issued prepareCash(ReceiptRequest request) {
        SaleRecord sale = journal.findSale(request.cashSaleId()).orElseThrow(() -> new ReceiptException(
                Reason.UNKNOWN_PAYMENT, "No sale " + request.cashSaleId() + " in the journal"));
        if (sale.payPayTender().isPresent()) {
            // Part of it was PayPay: its receipt follows PayPay's confirmation, as for any PayPay payment.
            return prepare(new ReceiptRequest(sale.payPayTender().get().merchantPaymentId(), Optional.empty(),
                    request.variant(), request.reprint(), request.addressee(), request.purpose(), request.locale(),
                    0));
        }
        ReceiptRecord receipt = journal.saleReceipt(sale.id(), settings.store().terminalId());
        ReceiptContent content = new ReceiptContent(ReceiptKind.SALE, request.variant(), request.reprint(),
                settings.store(), number(receipt), sale.createdAt().atZone(TOKYO), sale.sale(), sale.totals(), true,
                sale.tenders(), Optional.empty(), request.addressee(), request.purpose());
        checkReprintRule(receipt, request);
        return new Issued(receipt, content, new ReceiptComposer(request.locale()).compose(content));
    }

    /** The receipt as plain text; journaled as issued. */
    public String text(ReceiptRequest request) {
        Issued issued = prepare(request);
        String text = TextReceipt.render(issued.document(), settings.printer().paper());
        record(issued, request, PrintOutput.TEXT, PrintState.DONE);
        return text;
    }

    /**
     * The receipt as a PDF; journaled as issued once made.
     *
     * @throws ReceiptException if no Japanese font is installed
     */
    public byte[] pdf(ReceiptRequest request) {
        Path fontFile = font.get().orElseThrow(() -> new ReceiptException(Reason.NO_OUTPUT, JapaneseFont.MISSING));
        return pdf(new Due(request, prepare(request)), fontFile);
    }

    private byte[] pdf(Due due, Path fontFile) {
        byte[] pdf = PdfReceipt.render(due.issued().document(), fontFile, logoImage(), "Receipt " + due.issued()
                .content().number());
        record(due.issued(), due.request(), PrintOutput.PDF, PrintState.DONE);
        return pdf;
    }

    /**
     * Prints on the receipt printer, on the print queue's thread; returns at once. The future completes with how it
     * went (printed, or waiting in the reprint queue), or fails with a {@link ReceiptException}.
     */
    public CompletableFuture<PrintOutcome> print(ReceiptRequest request) {
        return print(request, false);
    }

    /**
     * Prints the receipt as it is due now: as issued the first time, as a reprint (再発行, same number) once it was
     * handed out — what a cashier asking for "the receipt" of a past payment means. See {@link #print}.
     */
    public CompletableFuture<PrintOutcome> printAsDue(ReceiptRequest request) {
        return print(request, true);
    }

    private CompletableFuture<PrintOutcome> print(ReceiptRequest request, boolean asDue) {
        PrintQueue q = queue.orElse(null);
        if (q == null) {
            return CompletableFuture.failedFuture(new ReceiptException(Reason.NO_OUTPUT,
                    "No receipt printer is set up (printer.type=" + settings.printer().type().configValue()
                            + "); save the receipt as PDF instead"));
        }
        return q.submit(() -> {
            // Decided on the print thread, after any print queued before this one was journaled.
            Due due = asDue ? due(request) : new Due(request, prepare(request));
            PrintRecord print = record(due.issued(), due.request(), q.takesPdf() ? PrintOutput.SYSTEM
                    : PrintOutput.PRINTER, PrintState.SENDING);
            return job(due.issued(), print, due.request(), q);
        });
    }

    /** The PDF of the receipt as it is due now (see {@link #printAsDue}); journaled as issued. */
    public byte[] pdfAsDue(ReceiptRequest request) {
        Path fontFile = font.get().orElseThrow(() -> new ReceiptException(Reason.NO_OUTPUT, JapaneseFont.MISSING));
        return pdf(due(request), fontFile);
    }

    /** A request and the receipt it issues. */
    private record Due(ReceiptRequest request, Issued issued) {
    }

    /** {@code request} as asked, or as a reprint if that receipt (in that variant) was handed out already. */
    private Due due(ReceiptRequest request) {
        try {
            return new Due(request, prepare(request));
        } catch (ReceiptException e) {
            if (e.reason() != Reason.ALREADY_ISSUED || request.reprint()) {
                throw e;
            }
            ReceiptRequest reprint = request.asReprint();
            return new Due(reprint, prepare(reprint));
        }
    }

    /**
     * Prints a test page on the receipt printer: the store's header, kanji and ※, a ruler across the paper, the QR
     * and the cut (and the drawer, if set), so an installer sees at once that the settings fit the printer.
     *
     * @return completes when printed; fails with the {@link PrinterException} otherwise
     */
    public CompletableFuture<Void> printTestPage(Locale locale) {
        PrintQueue q = queue.orElse(null);
        if (q == null) {
            return CompletableFuture.failedFuture(new ReceiptException(Reason.NO_OUTPUT,
                    "No receipt printer is set up (printer.type=none)"));
        }
        ReceiptDocument page = new ReceiptComposer(locale).testPage(settings.store(), settings.printer());
        byte[] document = q.takesPdf()
                ? PdfReceipt.render(page, font.get().orElseThrow(() -> new ReceiptException(Reason.NO_OUTPUT,
                        JapaneseFont.MISSING)), logoImage(), "Printer test")
                : EscPosReceipt.render(page, settings.printer().paper(), logoBits(), settings.printer().drawerPulse());
        return q.sendUnjournaled(document);
    }

    /** Whether documents can go to a printer (an ESC/POS or system printer is set up). */
    public boolean hasPrinter() {
        return queue.isPresent();
    }

    /**
     * A document that is no receipt (a Z report) as a PDF of the receipt's width.
     *
     * @throws ReceiptException if no Japanese font is installed
     */
    public byte[] pdf(ReceiptDocument document, String title) {
        Path fontFile = font.get().orElseThrow(() -> new ReceiptException(Reason.NO_OUTPUT, JapaneseFont.MISSING));
        return PdfReceipt.render(document, fontFile, Optional.empty(), title);
    }

    /**
     * Prints a document that is no receipt (a Z report) on the print queue's thread, unjournaled; the future fails
     * with why when the printer does not take it, or at once when none is set up.
     */
    public CompletableFuture<Void> print(ReceiptDocument document, String title) {
        PrintQueue q = queue.orElse(null);
        if (q == null) {
            return CompletableFuture.failedFuture(new ReceiptException(Reason.NO_OUTPUT,
                    "No receipt printer is set up (printer.type=none); save it as PDF instead"));
        }
        return q.sendUnjournaled(q.takesPdf() ? pdf(document, title)
                : EscPosReceipt.render(document, settings.printer().paper(), Optional.empty(), false));
    }

    /** Whether a cash drawer hangs on the receipt printer: an ESC/POS printer with {@code printer.drawerPulse}. */
    public boolean hasDrawer() {
        return queue.isPresent() && !queue.get().takesPdf() && settings.printer().drawerPulse();
    }

    /**
     * Opens the cash drawer (ESC p) without printing, on the print queue's thread; returns at once. The future fails
     * with the {@link PrinterException} when the printer does not take the pulse, or at once when no drawer is set up.
     */
    public CompletableFuture<Void> openDrawer() {
        if (!hasDrawer()) {
            return CompletableFuture.failedFuture(new ReceiptException(Reason.NO_OUTPUT, "No cash drawer is set up"
                    + " (printer.drawerPulse=true on an ESC/POS receipt printer)"));
        }
        return queue.get().sendUnjournaled(new EscPos().initialize().drawerPulse().toByteArray());
    }

    /** The reprint queue: prints the printer could not take, oldest first. */
    public List<PrintRecord> waiting() {
        return journal.waitingPrints();
    }

    /**
     * Sends a waiting print again (not marked 再発行: the customer never got it).
     *
     * @throws IllegalArgumentException if it is not waiting
     */
    public CompletableFuture<PrintOutcome> printAgain(PrintRecord waiting, Locale locale) {
        if (waiting.state() != PrintState.WAITING && waiting.state() != PrintState.SENDING) {
            throw new IllegalArgumentException("print " + waiting.id() + " is " + waiting.state()
                    + ", not waiting");
        }
        PrintQueue q = queue.orElseThrow(() -> new ReceiptException(Reason.NO_OUTPUT, "No receipt printer is set up"));
        return q.submit(() -> {
            ReceiptRequest request = requestFor(waiting, locale);
            Issued issued = prepareForRetry(request, waiting);
            PrintRecord print = journal.updatePrint(waiting.id(), PrintState.SENDING, null);
            return job(issued, print, request, q);
        });
    }

    /** The reprint queue as the cashier's list. */
    public List<WaitingPrint> waitingPrints() {
        return waiting().stream().map(p -> new WaitingPrint(p.id(), number(p.receipt()),
                p.receipt().kind() == ReceiptKind.RETURN, p.detail() == null ? "" : p.detail(), p.createdAt()))
                .toList();
    }

    /** Sends the waiting print {@code printId} again; see {@link #printAgain(PrintRecord, java.util.Locale)}. */
    public CompletableFuture<PrintOutcome> printAgain(long printId, Locale locale) {
        PrintRecord p = waiting().stream().filter(w -> w.id() == printId).findFirst().orElseThrow(() ->
                new IllegalArgumentException("print " + printId + " is not waiting"));
        return printAgain(p, locale);
    }

    /** The cashier chose not to print a waiting receipt. */
    public void dismiss(PrintRecord waiting) {
        journal.updatePrint(waiting.id(), PrintState.DISMISSED, waiting.detail());
    }

    // ---------------------------------------------------------------- internals

    private PrintQueue.PrintJob job(Issued issued, PrintRecord print, ReceiptRequest request, PrintQueue q) {
        if (q.takesPdf()) {
            Path fontFile = font.get().orElseThrow(() -> new ReceiptException(Reason.NO_OUTPUT,
                    JapaneseFont.MISSING));
            return new PrintQueue.PrintJob(print, PdfReceipt.render(issued.document(), fontFile, logoImage(),
                    "Receipt " + issued.content().number()), label(issued));
        }
        // A receipt never opens the drawer: the till opens it for cash (a cash sale, a cash refund, a no-sale),
        // whether or not a receipt is printed, and never for PayPay alone.
        byte[] bytes = EscPosReceipt.render(issued.document(), settings.printer().paper(), logoBits(), false);
        return new PrintQueue.PrintJob(print, bytes, label(issued));
    }

    private static String label(Issued issued) {
        return (issued.receipt().kind() == ReceiptKind.RETURN ? "Return receipt No." : "Receipt No.")
                + issued.content().number().digits() + (issued.content().reprint() ? " (reprint)" : "");
    }

    private PrintRecord record(Issued issued, ReceiptRequest request, PrintOutput output, PrintState state) {
        return journal.recordPrint(issued.receipt().id(), new NewPrint(output, request.variant(), request.reprint(),
                blankToNull(request.addressee()), blankToNull(request.purpose()), state));
    }

    /** A waiting print is re-sent as it was asked; if another print of it got through meanwhile, it is dropped. */
    private Issued prepareForRetry(ReceiptRequest request, PrintRecord waiting) {
        try {
            return prepare(request);
        } catch (ReceiptException e) {
            if (e.reason() == Reason.ALREADY_ISSUED) {
                dismiss(waiting);
            }
            throw e;
        }
    }

    private ReceiptRequest requestFor(PrintRecord p, Locale locale) {
        ReceiptRecord r = p.receipt();
        SaleRecord sale = journal.findSale(r.saleId()).orElseThrow();
        if (sale.payPayTender().isEmpty()) {
            return new ReceiptRequest(null, Optional.empty(), p.variant(), p.reprint(), p.addressee(), p.purpose(),
                    locale, sale.id());
        }
        String paymentId = sale.payPayTender().get().merchantPaymentId();
        Optional<String> returnOf = Optional.empty();
        if (r.kind() == ReceiptKind.RETURN) {
            OperationRecord op = journal.findOperation(r.operationId()).orElseThrow();
            returnOf = Optional.of(op.kind() == OperationKind.CANCEL ? ReceiptRequest.CANCEL
                    : op.merchantOperationId());
        }
        return new ReceiptRequest(paymentId, returnOf, p.variant(), p.reprint(), p.addressee(), p.purpose(), locale,
                0);
    }

    private void checkReprintRule(ReceiptRecord receipt, ReceiptRequest request) {
        List<PrintRecord> handedOut = journal.printsOf(receipt.id()).stream()
                .filter(p -> p.variant() == request.variant() && p.state() == PrintState.DONE).toList();
        if (!request.reprint() && !handedOut.isEmpty()) {
            PrintRecord first = handedOut.get(0);
            throw new ReceiptException(Reason.ALREADY_ISSUED, "Receipt No." + receipt.number() + " was issued at "
                    + first.createdAt().atZone(TOKYO).toLocalDateTime().withNano(0) + " (" + first.output()
                    + "); print it again as a reprint (再発行)");
        }
        if (request.reprint() && handedOut.isEmpty()) {
            throw new ReceiptException(Reason.NOT_ISSUED, "Receipt No." + receipt.number()
                    + " was never issued, so it cannot be reprinted: print it normally");
        }
    }

    /**
     * The journaled sale of a payment; a payment taken before Kaikei recorded sales (or by a path without lines) is
     * journaled now as one line of the keypad department, so its receipt states a rate.
     */
    private SaleRecord saleOf(PaymentRecord payment) {
        Optional<SaleRecord> sale = journal.findSaleForPayment(payment.merchantPaymentId());
        if (sale.isPresent()) {
            return sale.get();
        }
        long amount = payment.saleAmount();
        Sale one = Sale.of(ServiceMode.TAKE_OUT, TaxPolicy.DEFAULT, settings.keypadDepartment().line(amount));
        journal.insertSale(new NewSale(one, payment.terminalId(), List.of(new PayPayTender(amount,
                payment.merchantPaymentId(), null))));
        return journal.findSaleForPayment(payment.merchantPaymentId()).orElseThrow();
    }

    private OperationRecord returnOperation(PaymentRecord payment, String ref) {
        List<OperationRecord> returns = journal.operationsFor(payment.merchantPaymentId()).stream()
                .filter(o -> o.kind() == OperationKind.REFUND || o.kind() == OperationKind.CANCEL).toList();
        Optional<OperationRecord> op = returns.stream().filter(o -> ReceiptRequest.CANCEL.equalsIgnoreCase(ref)
                ? o.kind() == OperationKind.CANCEL : ref.equals(o.merchantOperationId())).reduce((a, b) -> b);
        if (op.isEmpty()) {
            String known = returns.stream().map(o -> o.kind() == OperationKind.CANCEL ? ReceiptRequest.CANCEL
                    : o.merchantOperationId()).distinct().collect(Collectors.joining(", "));
            throw new ReceiptException(Reason.NO_SUCH_RETURN, "Payment " + payment.merchantPaymentId()
                    + " has no refund or cancel '" + ref + "'" + (known.isEmpty() ? "" : " (it has: " + known + ")"));
        }
        if (op.get().state() != OperationState.SUCCEEDED) {
            throw new ReceiptException(Reason.NO_SUCH_RETURN, "The " + op.get().kind().name().toLowerCase(
                    Locale.ROOT) + " of " + payment.merchantPaymentId() + " is " + op.get().state()
                    + ": its return receipt follows PayPay's confirmation");
        }
        return op.get();
    }

    private static ReceiptNumber number(ReceiptRecord r) {
        return new ReceiptNumber(r.terminalId(), r.number());
    }

    /** The return receipts of cash refunds, rendered with this service's settings, printer and font. */
    public CashReturnReceipts cashReturns() {
        return new CashReturnReceipts(journal, settings, queue, font, this::logoBits, this::logoImage);
    }

    private Optional<MonochromeImage> logoBits() {
        return settings.printer().logo().flatMap(path -> {
            try {
                return Optional.of(MonochromeImage.load(path, settings.printer().paper().dots() * 2 / 3));
            } catch (IOException e) {
                return Optional.empty(); // the settings check reports an unreadable logo; a receipt prints without
            }
        });
    }

    private Optional<BufferedImage> logoImage() {
        return settings.printer().logo().flatMap(path -> {
            try {
                return Optional.ofNullable(ImageIO.read(path.toFile()));
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
