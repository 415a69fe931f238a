package dev.kaikei.opa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
}
