package dev.kaikei.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Invoice registration numbers")
class RegistrationNumberTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"T7000012050002", "T1180301018771", "T9010001008669"})
    @DisplayName("real corporate numbers pass the check digit")
    void valid(String number) {
        assertThat(new RegistrationNumber(number).value()).isEqualTo(number);
        assertThat(RegistrationNumber.problem(number)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "T8000012050002|should be 7",
        "T1180301018772|should be 9",
        "7000012050002|T followed by 13 digits",
        "T700001205000|T followed by 13 digits",
        "T70000120500021|T followed by 13 digits",
        "TA000012050002|T followed by 13 digits",
    })
    @DisplayName("a wrong check digit or a wrong shape is refused, saying what is expected")
    void invalid(String number, String message) {
        assertThat(RegistrationNumber.problem(number)).get().asString().contains(message);
        assertThatThrownBy(() -> new RegistrationNumber(number)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("typed forms are accepted: spaces, hyphens, full-width characters, a small t")
    void parse() {
        assertThat(RegistrationNumber.parse(" t7-0000-1205-0002 ").value()).isEqualTo("T7000012050002");
        assertThat(RegistrationNumber.parse("Ｔ７０００ ０１２０ ５０００２").value()).isEqualTo("T7000012050002");
    }
}
