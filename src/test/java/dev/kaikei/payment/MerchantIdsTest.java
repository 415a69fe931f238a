package dev.kaikei.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MerchantIdsTest {

    private final Clock fixed = Clock.fixed(Instant.parse("2026-11-27T01:02:03Z"), ZoneOffset.UTC);

    @Test
    void idCarriesTerminalKindAndTokyoTime() {
        String id = new MerchantIds("REG-1", fixed).next(MerchantIds.Kind.REFUND);
        assertThat(id).startsWith("REG-1-R-261127100203-").hasSize(5 + 3 + 13 + 10);
        assertThat(MerchantIds.isValid(id)).isTrue();
    }

    @Test
    void idsInTheSameSecondNeverCollide() {
        MerchantIds ids = new MerchantIds("ABCDEFGHIJKLMNOP", fixed);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String id = ids.next(MerchantIds.Kind.PAYMENT);
            assertThat(id.length()).isLessThanOrEqualTo(64);
            assertThat(seen.add(id)).as("duplicate %s", id).isTrue();
        }
    }

    @Test
    void rejectsTerminalIdsThatWouldBreakPayPayRules() {
        assertThatThrownBy(() -> new MerchantIds("till 1", fixed)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MerchantIds("ABCDEFGHIJKLMNOPQ", fixed)).isInstanceOf(IllegalArgumentException.class);
    }
}
