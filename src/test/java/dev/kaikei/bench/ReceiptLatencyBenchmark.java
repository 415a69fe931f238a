package dev.kaikei.bench;

import dev.kaikei.app.AppContext;
import dev.kaikei.app.TestPayPay;
import dev.kaikei.payment.ChargeRequest;
import dev.kaikei.payment.Checkout;
import dev.kaikei.payment.CheckoutPhase;
import dev.kaikei.receipt.PrintOutcome;
import dev.kaikei.receipt.ReceiptRequest;
import dev.kaikei.sale.Sale;
import dev.kaikei.sale.SaleLine;
import dev.kaikei.sale.ServiceMode;
import dev.kaikei.sale.TaxCategory;
import dev.kaikei.sale.TaxPolicy;
import dev.kaikei.testing.VirtualPrinter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Paid → receipt bytes at the printer: the customer pays, and from the moment the checkout reports PAID the receipt is
 * numbered, journaled, composed, rendered to ESC/POS and sent over TCP to a virtual printer, which stamps the time the
 * whole job arrived. Through the real composition root (SIMULATOR mode, SQLite with synchronous=FULL). Side by side in
 * the same run: the PDF of the same receipt (as a reprint) from the same moment. Fast engine polling (test timings)
 * only shortens the wait for the payment, which is not timed.
 * Run: {@code java -cp $CP dev.kaikei.bench.ReceiptLatencyBenchmark [measured [warmup]]} (defaults 300 and 50).
 */
public final class ReceiptLatencyBenchmark {

    private static final Sale SALE = Sale.of(ServiceMode.TAKE_OUT, TaxPolicy.DEFAULT,
            new SaleLine("bento", "幕の内弁当", 540, 1, TaxCategory.REDUCED),
            new SaleLine("tea", "お茶 500ml", 150, 2, TaxCategory.REDUCED),
            new SaleLine("bag", "レジ袋", 5, 1, TaxCategory.STANDARD));

    private ReceiptLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int measured = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Path dir = Files.createTempDirectory("kaikei-bench");
        try (VirtualPrinter printer = VirtualPrinter.start()) {
            Path config = Files.writeString(dir.resolve("bench.properties"), Files.readString(
                    TestPayPay.simulatorConfig(dir, dir.resolve("journal.sqlite"))) + "printer.type=escpos-tcp\n"
                    + "printer.address=" + printer.address() + "\nreceipt.registrationNumber=T7000012050002\n");
            try (AppContext ctx = AppContext.open(TestPayPay.load(dir, config), TestPayPay.fastOptions())) {
                long[] escPos = new long[measured];
                long[] pdf = new long[measured];
                for (int i = 0; i < warmup + measured; i++) {
                    long[] t = once(ctx, printer);
                    if (i >= warmup) {
                        escPos[i - warmup] = t[0];
                        pdf[i - warmup] = t[1];
                    }
                }
                System.out.printf(Locale.ROOT, "Paid -> receipt at the printer (ESC/POS over TCP), %d receipts: %s%n",
                        measured, stats(escPos));
                System.out.printf(Locale.ROOT, "Paid -> PDF receipt ready (same receipt, as reprint):      %s%n",
                        stats(pdf));
                System.out.printf(Locale.ROOT, "ratio PDF / ESC/POS (median): %.1f%n",
                        median(pdf) / (double) median(escPos));
            }
        }
    }

    /** One paid sale: nanoseconds from PAID to the printer's last byte, and from PAID to the PDF's bytes. */
    private static long[] once(AppContext ctx, VirtualPrinter printer) throws Exception {
        int jobsBefore = printer.jobs().size();
        Checkout c = ctx.engine().start(ChargeRequest.forSale(SALE, List.of()));
        CompletableFuture<Long> paidAt = new CompletableFuture<>();
        CompletableFuture<PrintOutcome> printed = new CompletableFuture<>();
        try (AutoCloseable s = c.subscribe(status -> {
            if (status.phase() == CheckoutPhase.PAID && !paidAt.isDone()) {
                paidAt.complete(System.nanoTime());
                ctx.sales().receipts().print(ReceiptRequest.sale(c.merchantPaymentId(), Locale.JAPANESE))
                        .whenComplete((o, e) -> {
                            if (e != null) {
                                printed.completeExceptionally(e);
                            } else {
                                printed.complete(o);
                            }
                        });
            }
        })) {
            while (c.status().qrUrl().isEmpty()) {
                Thread.onSpinWait();
            }
            ctx.simulator().orElseThrow().payCode(codeId(ctx, c));
            if (!printed.get(30, TimeUnit.SECONDS).printed()) {
                throw new IllegalStateException("not printed");
            }
        }
        while (printer.receivedAt().size() <= jobsBefore) {
            Thread.onSpinWait();
        }
        long toPrinter = printer.receivedAt().get(jobsBefore) - paidAt.get();
        long start = System.nanoTime();
        ctx.sales().receipts().pdf(ReceiptRequest.sale(c.merchantPaymentId(), Locale.JAPANESE).asReprint());
        long toPdf = System.nanoTime() - start;
        return new long[] {toPrinter, toPdf};
    }

    /** The simulator's QR url ends with the code's id. */
    private static String codeId(AppContext ctx, Checkout c) {
        String url = c.status().qrUrl().orElseThrow();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static long median(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static String stats(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "median %.2f ms, p99 %.2f ms, max %.2f ms", s[s.length / 2] / 1e6,
                s[(int) Math.ceil(s.length * 0.99) - 1] / 1e6, s[s.length - 1] / 1e6);
    }
}
