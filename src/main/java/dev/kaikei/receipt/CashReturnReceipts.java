package dev.kaikei.receipt;

import dev.kaikei.journal.CashRefundRecord;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.ReceiptKind;
import dev.kaikei.journal.ReceiptRecord;
import dev.kaikei.journal.ReceiptVariant;
import dev.kaikei.journal.SaleRecord;
import dev.kaikei.receipt.ReceiptException.Reason;
import dev.kaikei.sale.CashTender;
import dev.kaikei.sale.RefundAllocation;
import dev.kaikei.sale.SaleTotals;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The return receipt (返還インボイス) of cash handed back for a sale: the refund's number (taken with the refund, from
 * the terminal's receipt sequence), the original sale's date and receipt number, what was returned per tax rate and
 * that it went back in cash. Rendered like every receipt; sent to the printer unjournaled, since the journal keeps the
 * refund and its number itself.
 */
public final class CashReturnReceipts {

    private final Journal journal;
    private final ReceiptSettings settings;
    private final Optional<PrintQueue> queue;
    private final Supplier<Optional<Path>> font;
    private final Supplier<Optional<MonochromeImage>> logoBits;
    private final Supplier<Optional<BufferedImage>> logoImage;

    CashReturnReceipts(Journal journal, ReceiptSettings settings, Optional<PrintQueue> queue,
                       Supplier<Optional<Path>> font, Supplier<Optional<MonochromeImage>> logoBits,
                       Supplier<Optional<BufferedImage>> logoImage) {
        this.journal = journal;
        this.settings = settings;
        this.queue = queue;
        this.font = font;
        this.logoBits = logoBits;
        this.logoImage = logoImage;
    }

    /**
     * What the return receipt of cash refund {@code cashRefundId} says.
     *
     * @param reprint printed again: marked 再発行, same number
     * @throws ReceiptException if there is no such cash refund
     */
    public ReceiptContent content(long cashRefundId, boolean reprint) {
        CashRefundRecord refund = journal.till().cashRefund(cashRefundId).orElseThrow(() -> new ReceiptException(
                Reason.NO_SUCH_RETURN, "No cash refund " + cashRefundId + " in the journal"));
        SaleRecord sale = journal.findSale(refund.saleId()).orElseThrow();
        // The original's number: the one printed for the sale, or given now if it never had a receipt.
        ReceiptRecord original = journal.saleReceipt(sale.id(), settings.store().terminalId());
        SaleTotals returned = RefundAllocation.allocate(sale.totals(), refund.amount(), settings.rounding());
        return new ReceiptContent(ReceiptKind.RETURN, ReceiptVariant.RECEIPT, reprint, settings.store(),
                new ReceiptNumber(refund.terminalId(), refund.receiptNumber()),
                refund.createdAt().atZone(ReceiptService.TOKYO), sale.sale(), returned,
                returned.total() == sale.totals().total(), List.of(CashTender.exact(refund.amount())),
                Optional.of(new ReceiptContent.Returned(new ReceiptNumber(original.terminalId(), original.number()),
                        sale.createdAt().atZone(ReceiptService.TOKYO), false, "C" + refund.id())), "", "");
    }

    public String text(long cashRefundId, boolean reprint, Locale locale) {
        return TextReceipt.render(document(cashRefundId, reprint, locale), settings.printer().paper());
    }

    /**
     * @throws ReceiptException if no Japanese font is installed
     */
    public byte[] pdf(long cashRefundId, boolean reprint, Locale locale) {
        Path fontFile = font.get().orElseThrow(() -> new ReceiptException(Reason.NO_OUTPUT, JapaneseFont.MISSING));
        ReceiptContent c = content(cashRefundId, reprint);
        return PdfReceipt.render(new ReceiptComposer(locale).compose(c), fontFile, logoImage.get(),
                "Return receipt " + c.number());
    }

    /**
     * Prints it on the receipt printer's thread; the future fails with why when the printer does not take it (the
     * cashier prints it again, as a reprint once it was handed out).
     */
    public CompletableFuture<Void> print(long cashRefundId, boolean reprint, Locale locale) {
        PrintQueue q = queue.orElse(null);
        if (q == null) {
            return CompletableFuture.failedFuture(new ReceiptException(Reason.NO_OUTPUT,
                    "No receipt printer is set up; save the return receipt as PDF instead"));
        }
        if (q.takesPdf()) {
            return q.sendUnjournaled(pdf(cashRefundId, reprint, locale));
        }
        return q.sendUnjournaled(EscPosReceipt.render(document(cashRefundId, reprint, locale),
                settings.printer().paper(), logoBits.get(), false));
    }

    private ReceiptDocument document(long cashRefundId, boolean reprint, Locale locale) {
        return new ReceiptComposer(locale).compose(content(cashRefundId, reprint));
    }
}
