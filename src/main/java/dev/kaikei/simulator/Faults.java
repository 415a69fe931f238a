package dev.kaikei.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The active fault rules of a simulator, consulted once per PayPay API call (never for the {@code /simulator} tool
 * paths). The first rule that fires wins; "next N calls" rules are used up as they fire.
 */
public final class Faults {

    private final Random random;
    private final List<Active> rules = new ArrayList<>();
    private long fired;

    private static final class Active {
        final FaultRule rule;
        int remaining;

        Active(FaultRule rule) {
            this.rule = rule;
            this.remaining = rule.count() == null ? -1 : rule.count();
        }
    }

    Faults(long seed) {
        this.random = new Random(seed);
    }

    public synchronized void add(FaultRule rule) {
        rules.add(new Active(rule));
    }

    /** Replaces every rule by {@code newRules}. */
    public synchronized void replace(List<FaultRule> newRules) {
        rules.clear();
        newRules.forEach(this::add);
    }

    public synchronized void clear() {
        rules.clear();
    }

    /** The rules still active, in order ("next N" rules that were used up are gone). */
    public synchronized List<FaultRule> rules() {
        return rules.stream().map(a -> a.rule).toList();
    }

    /** How many calls met a fault so far (for reports of long runs). */
    public synchronized long fired() {
        return fired;
    }

    synchronized Optional<FaultRule> pick(Operation operation, String path, byte[] body) {
        for (int i = 0; i < rules.size(); i++) {
            Active active = rules.get(i);
            if (!active.rule.matches(operation, path, body)) {
                continue;
            }
            if (active.remaining > 0) {
                if (--active.remaining == 0) {
                    rules.remove(i);
                }
                fired++;
                return Optional.of(active.rule);
            }
            if (active.rule.probability() != null && random.nextDouble() < active.rule.probability()) {
                fired++;
                return Optional.of(active.rule);
            }
        }
        return Optional.empty();
    }
}
