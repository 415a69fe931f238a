package dev.kaikei.ui.common;

import dev.kaikei.receipt.AutoPrint;
import dev.kaikei.receipt.ReceiptService;
import java.util.Objects;

/**
 * What the screens need of receipts: the receipt service, whether a receipt printer (or system printer) is set up, and
 * what happens after a sale is paid (print by itself, ask the cashier, or nothing).
 */
public record Receipts(ReceiptService service, boolean hasPrinter, AutoPrint autoPrint) {

    public Receipts {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(autoPrint, "autoPrint");
    }
}
