package dev.kaikei.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.journal.OperationKind;
import dev.kaikei.journal.OperationState;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.payment.CustomerLinkStatus;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every state the journal can hold reads as words in both languages, never as a raw enum name. */
class StateTextTest {

    static Stream<Arguments> everyStateInBothLanguages() {
        Stream.Builder<Arguments> all = Stream.builder();
        for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
            StateText text = new StateText(new Messages(locale));
            add(all, locale, "history", PaymentState.values(), s -> text.of((PaymentState) s));
            add(all, locale, "recent", PaymentState.values(), s -> text.shortOf((PaymentState) s));
            add(all, locale, "operation", OperationState.values(), s -> text.of((OperationState) s));
            add(all, locale, "kind", OperationKind.values(), s -> text.of((OperationKind) s));
            add(all, locale, "customer", CustomerLinkStatus.values(), s -> text.of((CustomerLinkStatus) s));
        }
        return all.build();
    }

    private static void add(Stream.Builder<Arguments> all, Locale locale, String use, Enum<?>[] values,
                            Function<Enum<?>, String> words) {
        Arrays.stream(values).forEach(v -> all.add(Arguments.of(locale, use, v, words.apply(v))));
    }

    @ParameterizedTest(name = "{0} {1} {2} = {3}")
    @MethodSource("everyStateInBothLanguages")
    void hasWords(Locale locale, String use, Enum<?> state, String words) {
        // Messages shows a missing key as the key itself: a label containing a dot or the enum's name is missing.
        assertThat(words).isNotBlank().doesNotContain(".").isNotEqualTo(state.name());
    }

    @Test
    @DisplayName("the style-class key is the lower-case name")
    void key() {
        assertThat(StateText.key(PaymentState.AWAITING_PAYMENT)).isEqualTo("awaiting_payment");
        assertThat(new StateText(new Messages(Locale.ENGLISH)).of(PaymentState.COMPLETED)).isEqualTo("Paid");
        assertThat(new StateText(new Messages(Locale.JAPANESE)).of(OperationKind.DELETE_CODE))
                .isEqualTo("コード取り下げ");
    }
}
