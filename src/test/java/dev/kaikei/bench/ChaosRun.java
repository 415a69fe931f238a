package dev.kaikei.bench;

import dev.kaikei.chaos.Chaos;
import dev.kaikei.simulator.Ledger;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The chaos run at any size: {@code [terminals] [kills] [faultRate] [seed]}, e.g. {@code 4 60 0.2 1}. Prints what
 * PayPay's books hold at the end and every difference between them and the terminals' exports (none expected).
 */
public final class ChaosRun {

    private ChaosRun() {
    }

    public static void main(String[] args) throws Exception {
        int terminals = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        int kills = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        double rate = args.length > 2 ? Double.parseDouble(args[2]) : 0.2;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        Path dir = Files.createTempDirectory("kaikei-chaos");
        Chaos.Report r = Chaos.run(new Chaos.Plan(terminals, kills, rate, seed), dir);
        Ledger l = r.ledger();
        long charged = l.payments().stream().filter(p -> p.acceptedAt() != null).count();
        long cancelled = l.payments().stream().filter(p -> p.acceptedAt() != null && "FAILED".equals(p.status()))
                .count();
        System.out.printf("chaos: %d terminals, %.0f%% faults, %d kills in %d s (%d steps, %d faults injected)%n",
                terminals, rate * 100, r.kills(), r.took().toSeconds(), r.steps(), r.faultsFired());
        System.out.printf("PayPay: %d payments, %d charged, %d cancelled after payment, %d refunds%n",
                l.payments().size(), charged, cancelled, l.refunds().size());
        System.out.printf("differences between the exports and PayPay: %d%n", r.differences().size());
        r.differences().forEach(d -> System.out.println("  " + d));
        System.out.println("work dir: " + dir);
        System.exit(r.differences().isEmpty() ? 0 : 1);
    }
}
