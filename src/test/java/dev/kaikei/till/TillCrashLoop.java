package dev.kaikei.till;

import dev.kaikei.journal.CashCount;
import dev.kaikei.journal.CashMovementRecord;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.NewPayment;
import dev.kaikei.journal.PaymentChange;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.journal.TillStateException;
import dev.kaikei.journal.ZReport;
import java.nio.file.Path;
import java.time.Clock;
import dev.kaikei.sale.Sale;
import dev.kaikei.sale.SaleLine;
import dev.kaikei.sale.ServiceMode;
import dev.kaikei.sale.TaxCategory;
import dev.kaikei.sale.TaxPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.UUID;

/**
 * The child process of {@link TillCrashTest}: works the till on a real journal as fast as it can — paid-ins,
 * paid-outs, no-sales, cash sales and cash refunds, checks, closes, and PayPay sales written as the engine writes them — and prints one line after
 * each commit, so the test can kill it at random moments and check that every acknowledged change survived.
 */
public final class TillCrashLoop {

    private TillCrashLoop() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        Journal journal = Journal.open(file);
        Till till = new Till(journal, Clock.systemUTC(), "Kaikei Coffee", "T1");
        CashSales cash = new CashSales(journal, Clock.systemUTC(), CashDrawer.NONE, "T1");
        List<Long> cashSales = new ArrayList<>();
        System.out.println("READY");
        while (true) {
            int roll = random.nextInt(100);
            try {
                if (roll < 20) {
                    CashMovementRecord m = till.paidIn(1 + random.nextInt(5_000), "float top-up");
                    System.out.println("MOVED " + m.id());
                } else if (roll < 30) {
                    Sale sale = Sale.of(ServiceMode.EAT_IN, TaxPolicy.DEFAULT, new SaleLine("coffee", "コーヒー",
                            100 + random.nextInt(2_000), 1, TaxCategory.STANDARD));
                    long id = cash.sell(sale, sale.total() + random.nextInt(1_000)).sale().id();
                    cashSales.add(id);
                    System.out.println("CASH " + id);
                } else if (roll < 34 && !cashSales.isEmpty()) {
                    long saleId = cashSales.get(random.nextInt(cashSales.size()));
                    long left = cash.refundableCash(journal.findSale(saleId).orElseThrow());
                    if (left > 0) {
                        var r = cash.refund(saleId, 1 + random.nextInt((int) left), "returned");
                        System.out.println("MOVED " + r.refund().movementId());
                    }
                } else if (roll < 45) {
                    long drawer = till.expectedCash();
                    if (drawer > 0) {
                        CashMovementRecord m = till.paidOut(1 + random.nextInt((int) Math.min(drawer, 3_000)), "milk");
                        System.out.println("MOVED " + m.id());
                    }
                } else if (roll < 50) {
                    System.out.println("MOVED " + till.noSale("change for the bus").movement().id());
                } else if (roll < 70) {
                    String id = "T1-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
                    journal.insertPayment(NewPayment.qr(id, 100 + random.nextInt(3_000), "sale", "S1", "T1"));
                    journal.transition(id, PaymentState.CREATING, PaymentChange.to(PaymentState.COMPLETED)
                            .withAcceptedAt(Clock.systemUTC().instant()));
                    System.out.println("PAID " + id);
                } else if (roll < 85) {
                    till.check(Optional.of(count(random, till.expectedCash())));
                    System.out.println("CHECKED");
                } else {
                    CashCount counted = count(random, till.expectedCash());
                    ZReport z = till.close(counted, OptionalLong.of(Math.min(counted.total(), 10_000)), true);
                    System.out.println("CLOSED " + z.number());
                }
            } catch (TillStateException e) {
                System.out.println("REFUSED " + e.getMessage());
            }
        }
    }

    /** The drawer counted: usually right, sometimes a few yen over or short. */
    private static CashCount count(Random random, long expected) {
        long counted = Math.max(0, expected + (random.nextInt(4) == 0 ? random.nextInt(21) - 10 : 0));
        return new CashCount(Map.of(dev.kaikei.journal.Denomination.Y1000, (int) (counted / 1000),
                dev.kaikei.journal.Denomination.Y1, (int) (counted % 1000)));
    }
}
