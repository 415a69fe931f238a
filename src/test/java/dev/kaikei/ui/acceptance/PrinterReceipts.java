package dev.kaikei.ui.acceptance;

import dev.kaikei.journal.Journal;
import dev.kaikei.receipt.AutoPrint;
import dev.kaikei.receipt.JapaneseFont;
import dev.kaikei.receipt.PaperWidth;
import dev.kaikei.receipt.PrintQueue;
import dev.kaikei.receipt.PrinterSettings;
import dev.kaikei.receipt.PrinterType;
import dev.kaikei.receipt.ReceiptService;
import dev.kaikei.receipt.ReceiptSettings;
import dev.kaikei.receipt.RegistrationNumber;
import dev.kaikei.receipt.StoreDetails;
import dev.kaikei.receipt.TcpReceiptPrinter;
import dev.kaikei.sale.QuickKey;
import dev.kaikei.sale.TaxPolicy;
import dev.kaikei.testing.VirtualPrinter;
import dev.kaikei.ui.common.Receipts;
import java.util.Optional;
import java.util.concurrent.Executors;

/**
 * Receipts for the screens as the composition root builds them, printing to a virtual ESC/POS printer over TCP: a
 * registered store (T7000012050002) at terminal T1, 80 mm paper, no drawer. Close it after the test (the print queue).
 */
record PrinterReceipts(PrintQueue queue, Receipts receipts) implements AutoCloseable {

    static PrinterReceipts on(Journal journal, VirtualPrinter printer, AutoPrint autoPrint, QuickKey keypad) {
        PrintQueue queue = new PrintQueue(journal, TcpReceiptPrinter.at(printer.address()),
                Executors.newSingleThreadExecutor());
        StoreDetails store = new StoreDetails("Café Kaikei", "Tokyo", "03-0000-0000",
                Optional.of(new RegistrationNumber("T7000012050002")), "T1");
        ReceiptService service = new ReceiptService(journal, new ReceiptSettings(store, new PrinterSettings(
                PrinterType.ESCPOS_TCP, printer.address(), PaperWidth.MM_80, autoPrint, false, Optional.empty()),
                TaxPolicy.DEFAULT.rounding(), keypad), Optional.of(queue), JapaneseFont::locate);
        return new PrinterReceipts(queue, new Receipts(service, true, autoPrint));
    }

    @Override
    public void close() {
        queue.close();
    }
}
