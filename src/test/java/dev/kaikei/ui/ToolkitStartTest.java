package dev.kaikei.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ToolkitStart: Prism's memory settings for a till")
class ToolkitStartTest {

    private static final String[] KEYS = {ToolkitStart.MAX_TEXTURE_MEMORY, ToolkitStart.REGION_CACHING_OFF};
    private final Map<String, String> saved = new HashMap<>();

    @BeforeEach
    void save() {
        for (String key : KEYS) {
            saved.put(key, System.getProperty(key));
            System.clearProperty(key);
        }
    }

    @AfterEach
    void restore() {
        saved.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }

    @Test
    @DisplayName("by default: a 64 MB texture pool and no region background cache (8 MB of heap with software"
            + " rendering)")
    void tillDefaults() {
        ToolkitStart.useTillRenderingDefaults();

        assertThat(System.getProperty("prism.maxvram")).isEqualTo("64m");
        assertThat(System.getProperty("prism.disableRegionCaching")).isEqualTo("true");
    }

    @Test
    @DisplayName("what the command line gives wins")
    void explicitSettingsWin() {
        System.setProperty("prism.maxvram", "256m");
        System.setProperty("prism.disableRegionCaching", "false");

        ToolkitStart.useTillRenderingDefaults();

        assertThat(System.getProperty("prism.maxvram")).isEqualTo("256m");
        assertThat(System.getProperty("prism.disableRegionCaching")).isEqualTo("false");
    }
}
