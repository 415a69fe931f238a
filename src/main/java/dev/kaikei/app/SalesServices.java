package dev.kaikei.app;

import dev.kaikei.config.ConfigException;
import dev.kaikei.config.SalesOptions;
import dev.kaikei.config.Settings;
import dev.kaikei.journal.Journal;
import dev.kaikei.receipt.DeviceReceiptPrinter;
import dev.kaikei.receipt.JapaneseFont;
import dev.kaikei.receipt.PrintQueue;
import dev.kaikei.receipt.PrinterSettings;
import dev.kaikei.receipt.ReceiptPrinter;
import dev.kaikei.receipt.ReceiptService;
import dev.kaikei.receipt.ReceiptSettings;
import dev.kaikei.receipt.StoreDetails;
import dev.kaikei.receipt.SystemReceiptPrinter;
import dev.kaikei.receipt.TcpReceiptPrinter;
import dev.kaikei.sale.QuickKey;
import dev.kaikei.sale.QuickKeys;
import dev.kaikei.sale.Sale;
import dev.kaikei.sale.ServiceMode;
import dev.kaikei.sale.TaxPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Selling and receipts, as the composition root builds them from the settings: the tax policy, the quick keys (read
 * from the quick-keys file), the receipt printer's queue (on its own thread, so a printer never holds up a sale) and
 * the receipt service.
 */
public final class SalesServices implements AutoCloseable {

    private final TaxPolicy tax;
    private final QuickKeys quickKeys;
    private final Optional<PrintQueue> queue;
    private final ReceiptService receipts;

    private SalesServices(TaxPolicy tax, QuickKeys quickKeys, Optional<PrintQueue> queue, ReceiptService receipts) {
        this.tax = tax;
        this.quickKeys = quickKeys;
        this.queue = queue;
        this.receipts = receipts;
    }

    /**
     * @throws ConfigException if the quick-keys file exists but cannot be read or has wrong lines
     */
    static SalesServices open(Settings settings, Journal journal) {
        SalesOptions sales = settings.sales();
        QuickKey keypad = new QuickKey("keypad", "ja".equals(settings.locale().getLanguage()) ? "商品" : "Goods",
                OptionalLong.empty(), dev.kaikei.sale.TaxCategory.STANDARD);
        QuickKeys keys = readQuickKeys(sales.quickKeysFile(), keypad);
        Optional<PrintQueue> queue = printer(sales.printer()).map(p -> new PrintQueue(journal, p, printThread()));
        StoreDetails store = new StoreDetails(settings.storeName(), sales.storeAddress(), sales.storePhone(),
                sales.registrationNumber(), settings.terminalId());
        ReceiptService receipts = new ReceiptService(journal, new ReceiptSettings(store, sales.printer(),
                sales.tax().rounding(), keys.keypad()), queue, JapaneseFont::locate);
        return new SalesServices(sales.tax(), keys, queue, receipts);
    }

    private static QuickKeys readQuickKeys(Optional<Path> file, QuickKey keypad) {
        if (file.isEmpty() || !Files.exists(file.get())) {
            return QuickKeys.none(keypad);
        }
        try {
            return QuickKeys.parse(Files.readString(file.get(), StandardCharsets.UTF_8), keypad);
        } catch (IOException e) {
            throw new ConfigException("quick keys file " + file.get() + " cannot be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("quick keys file " + file.get() + ": " + e.getMessage());
        }
    }

    private static Optional<ReceiptPrinter> printer(PrinterSettings p) {
        return switch (p.type()) {
            case NONE -> Optional.empty();
            case ESCPOS_TCP -> Optional.of(TcpReceiptPrinter.at(p.address()));
            case ESCPOS_DEVICE -> Optional.of(new DeviceReceiptPrinter(Path.of(p.address()), Duration.ofSeconds(10)));
            case SYSTEM -> Optional.of(new SystemReceiptPrinter(true));
        };
    }

    private static ExecutorService printThread() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kaikei-printer");
            t.setDaemon(true);
            return t;
        });
    }

    /** How prices are written and tax rounded. */
    public TaxPolicy tax() {
        return tax;
    }

    public QuickKeys quickKeys() {
        return quickKeys;
    }

    /** A new sale with no lines, priced under the store's tax policy. */
    public Sale newSale(ServiceMode mode) {
        return Sale.empty(mode, tax);
    }

    public ReceiptService receipts() {
        return receipts;
    }

    /** The receipt printer's queue, when one is set up. */
    public Optional<PrintQueue> printQueue() {
        return queue;
    }

    @Override
    public void close() {
        queue.ifPresent(PrintQueue::close);
    }
}
