package dev.kaikei.till;

import dev.kaikei.payment.ChargeRequest;
import dev.kaikei.payment.Checkout;
import dev.kaikei.payment.CheckoutPhase;
import dev.kaikei.receipt.AutoPrint;
import dev.kaikei.receipt.JapaneseFont;
import dev.kaikei.receipt.PaperWidth;
import dev.kaikei.receipt.PrintQueue;
import dev.kaikei.receipt.PrinterSettings;
import dev.kaikei.receipt.PrinterType;
import dev.kaikei.receipt.ReceiptService;
import dev.kaikei.receipt.ReceiptSettings;
import dev.kaikei.receipt.StoreDetails;
import dev.kaikei.receipt.TcpReceiptPrinter;
import dev.kaikei.sale.CashTender;
import dev.kaikei.sale.QuickKey;
import dev.kaikei.sale.Sale;
import dev.kaikei.sale.SaleLine;
import dev.kaikei.sale.ServiceMode;
import dev.kaikei.sale.TaxCategory;
import dev.kaikei.sale.TaxPolicy;
import dev.kaikei.sale.TaxRounding;
import dev.kaikei.testing.EscPosDecoder;
import dev.kaikei.testing.SimulatedShop;
import dev.kaikei.testing.VirtualPrinter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executors;

import static org.awaitility.Awaitility.await;

/**
 * A counter with cash for the till's tests: the simulated shop (simulator over loopback, real journal, real engine), a
 * virtual ESC/POS printer with the cash drawer on it, receipts, the till and cash sales, all real.
 */
final class CashCounter implements AutoCloseable {

    /** ¥1,280 taken out: a bento at 8% and a bag at 10%. */
    static final Sale LUNCH = Sale.of(ServiceMode.TAKE_OUT, TaxPolicy.DEFAULT,
            new SaleLine("bento", "幕の内弁当", 1_080, 1, TaxCategory.REDUCED),
            new SaleLine("towel", "手ぬぐい", 200, 1, TaxCategory.STANDARD));

    final SimulatedShop shop;
    final VirtualPrinter printer;
    final PrintQueue queue;
    final ReceiptService receipts;
    final Till till;
    final CashSales cash;

    CashCounter(Path dir) {
        shop = SimulatedShop.open(dir);
        printer = VirtualPrinter.start();
        queue = new PrintQueue(shop.journal, TcpReceiptPrinter.at(printer.address()),
                Executors.newSingleThreadExecutor());
        PrinterSettings p = new PrinterSettings(PrinterType.ESCPOS_TCP, printer.address(), PaperWidth.MM_58,
                AutoPrint.ASK, true, Optional.empty());
        receipts = new ReceiptService(shop.journal, new ReceiptSettings(new StoreDetails("Kaikei Coffee", "", "",
                Optional.empty(), "T9"), p, TaxRounding.DOWN, new QuickKey("keypad", "商品", OptionalLong.empty(),
                TaxCategory.STANDARD)), Optional.of(queue), JapaneseFont::locate);
        CashDrawer drawer = CashDrawer.of(receipts::openDrawer);
        till = new Till(shop.journal, shop.sim.clock(), "Kaikei Coffee", "T9", drawer, Optional.of(receipts));
        cash = new CashSales(shop.journal, shop.sim.clock(), drawer, "T9");
    }

    /** Starts a split sale: {@code cashPart} in cash, a QR for the rest. */
    Checkout split(Sale sale, long cashPart) {
        Checkout c = shop.engine.start(ChargeRequest.forSale(sale, List.of(CashTender.exact(cashPart))));
        await().atMost(Duration.ofSeconds(15)).until(() -> c.status().qrUrl().isPresent());
        return c;
    }

    void pay(Checkout c) {
        shop.sim.payCode(shop.journal.findPayment(c.merchantPaymentId()).orElseThrow().codeId());
        await().atMost(Duration.ofSeconds(15)).until(() -> c.status().phase() == CheckoutPhase.PAID);
    }

    /** How many drawer pulses the printer received so far. */
    int drawerPulses() {
        return printer.jobs().stream().mapToInt(j -> EscPosDecoder.decode(j).drawerPulses()).sum();
    }

    long expectedCash() {
        return till.expectedCash();
    }

    @Override
    public void close() {
        queue.close();
        printer.close();
        shop.close();
    }
}
