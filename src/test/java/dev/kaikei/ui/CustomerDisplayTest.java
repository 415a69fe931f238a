package dev.kaikei.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CustomerDisplayTest {

    @ParameterizedTest(name = "{0} screens, primary {1}, requested {2} → {3}")
    @CsvSource({
            "1, 0,   , ",
            "2, 0,   , 1",
            "2, 1,   , 0",
            "3, 0,  2, 2",
            "3, 0,  0, ",
            "2, 0,  5, ",
            "1, 0,  0, "})
    void choosesTheCustomerScreen(int count, int primary, Integer requested, Integer expected) {
        OptionalInt chosen = CustomerDisplay.chooseScreen(count, primary,
                requested == null ? OptionalInt.empty() : OptionalInt.of(requested));
        assertThat(chosen).isEqualTo(expected == null ? OptionalInt.empty() : OptionalInt.of(expected));
    }
}
