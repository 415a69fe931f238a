package dev.kaikei.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 12 item 3: screens stay small — no class under {@code ui} is over 400 lines; split it when it grows. */
class ScreenSizeTest {

    private static final int MAX_LINES = 400;
    private static final Path UI = Path.of("src", "main", "java", "dev", "kaikei", "ui");

    @Test
    @DisplayName("no source file under ui is over 400 lines")
    void screensStaySmall() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(UI)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(sources).as("the UI sources were found").hasSizeGreaterThan(40);
        assertThat(sources).allSatisfy(p -> assertThat(lines(p)).as("%s lines", p).isLessThanOrEqualTo(MAX_LINES));
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
