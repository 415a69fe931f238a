package dev.kaikei.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Theme")
class ThemeTest {

    @Test
    @DisplayName("the start-up warm-up reads the theme's binary stylesheet off the FX thread (an AtlantaFX upgrade that"
            + " moved it would make the warm-up silently useless)")
    void warmUpReadsTheStylesheet() {
        assertThat(Theme.warmUp()).isTrue();
    }
}
