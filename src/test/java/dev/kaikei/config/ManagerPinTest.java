package dev.kaikei.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Manager PIN hashing")
class ManagerPinTest {

    @ParameterizedTest(name = "''{0}'' valid: {1}")
    @CsvSource({"1234, true", "12345678, true", "0000, true", "123, false", "123456789, false", "12a4, false",
            "'', false", "'12 34', false", "１２３４, false"})
    @DisplayName("a PIN is 4-8 ASCII digits")
    void rule(String pin, boolean valid) {
        assertThat(ManagerPin.isValidPin(pin.toCharArray())).isEqualTo(valid);
    }

    @Test
    @DisplayName("hash has the pbkdf2$iterations$salt$hash shape, ≥ 210,000 iterations, and verifies only the PIN")
    void hashAndVerify() {
        String hash = ManagerPin.hash("4821".toCharArray());
        assertThat(hash).matches("pbkdf2\\$\\d+\\$[A-Za-z0-9+/]+\\$[A-Za-z0-9+/]+");
        assertThat(Integer.parseInt(hash.split("\\$")[1])).isGreaterThanOrEqualTo(210_000);
        assertThat(hash).doesNotContain("4821");
        assertThat(ManagerPin.verify("4821".toCharArray(), hash)).isTrue();
        assertThat(ManagerPin.verify("4822".toCharArray(), hash)).isFalse();
        assertThat(ManagerPin.verify("48210".toCharArray(), hash)).isFalse();
        assertThat(ManagerPin.isWellFormed(hash)).isTrue();
    }

    @Test
    @DisplayName("each hash gets its own salt")
    void salted() {
        assertThat(ManagerPin.hash("1234".toCharArray())).isNotEqualTo(ManagerPin.hash("1234".toCharArray()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "pbkdf2$x$AAAA$BBBB", "pbkdf2$1000$$", "sha1$1000$AAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAA",
            "pbkdf2$99999999$AAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAA"})
    @DisplayName("malformed or absurd hashes are refused, never verified")
    void malformed(String stored) {
        assertThat(ManagerPin.isWellFormed(stored)).isFalse();
        assertThat(ManagerPin.verify("1234".toCharArray(), stored)).isFalse();
    }

    @Test
    @DisplayName("a PIN breaking the rule is refused without repeating it")
    void refusesWithoutEcho() {
        assertThatThrownBy(() -> ManagerPin.hash("98".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("98");
    }

    @Test
    @DisplayName("wipe overwrites the PIN in memory")
    void wipe() {
        char[] pin = "1234".toCharArray();
        ManagerPin.wipe(pin);
        assertThat(new String(pin)).isEqualTo("\0\0\0\0");
    }
}
