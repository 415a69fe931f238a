package dev.kaikei.opa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The convenience methods of the three outcomes. */
class OpaResultTest {

    @Test
    @DisplayName("success exposes data and maps it")
    void success() {
        OpaResult<String> ok = new OpaResult.Success<>("abc", 200, "SUCCESS", "r1");
        assertThat(ok.isSuccess()).isTrue();
        assertThat(ok.isRejected() || ok.isUnknown()).isFalse();
        assertThat(ok.successData()).contains("abc");
        assertThat(ok.map(String::length)).isEqualTo(new OpaResult.Success<>(3, 200, "SUCCESS", "r1"));
    }

    @Test
    @DisplayName("rejection and unknown keep their details through map and have no data")
    void failures() {
        OpaResult<String> no = new OpaResult.Rejected<>(429, "RATE_LIMIT", "08100998", "slow", "r2");
        OpaResult<String> unknown = new OpaResult.Unknown<>("timeout", 0, null, null);
        assertThat(no.isRejected()).isTrue();
        assertThat(((OpaResult.Rejected<String>) no).isRateLimited()).isTrue();
        assertThat(no.successData()).isEmpty();
        assertThat(no.map(String::length)).isEqualTo(new OpaResult.Rejected<>(429, "RATE_LIMIT", "08100998", "slow",
                "r2"));
        assertThat(unknown.isUnknown()).isTrue();
        assertThat(unknown.code()).isNull();
        assertThat(unknown.map(String::length)).isEqualTo(new OpaResult.Unknown<>("timeout", 0, null, null));
    }

    @ParameterizedTest(name = "{0} {1} transient: {2}")
    @CsvSource({
            "429, RATE_LIMIT, true",
            "401, UNAUTHORIZED, true",
            "401, OP_OUT_OF_SCOPE, true",
            "400, THROTTLED_MULTIPLE_REFUND_REJECTED, true",
            "500, TRANSACTION_FAILED, true",
            "400, ORDER_NOT_REVERSIBLE, false",
            "404, NO_SUCH_REFUND_ORDER, false",
            "400, UNACCEPTABLE_OP, false"})
    @DisplayName("a transient refusal says 'not now', which proves nothing about an earlier request")
    void transientRefusals(int status, String code, boolean transientRefusal) {
        assertThat(new OpaResult.Rejected<>(status, code, null, null, null).isTransient()).isEqualTo(transientRefusal);
    }
}
