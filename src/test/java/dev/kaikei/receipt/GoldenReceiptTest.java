package dev.kaikei.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.testing.EscPosDecoder;
import dev.kaikei.testing.EscPosDecoder.Printout;
import dev.kaikei.testing.VirtualPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden receipts: each is rendered to ESC/POS, sent over TCP to a virtual printer, decoded back (Shift_JIS in kanji
 * mode) and compared line by line with {@code golden/NAME.txt}. Run with {@code -Dgolden.update=true} to rewrite the
 * files after a deliberate layout change, then read the diff.
 */
@DisplayName("Golden receipts through a virtual ESC/POS printer")
class GoldenReceiptTest {

    private static final Path GOLDEN = Path.of("src/test/resources/dev/kaikei/receipt/golden");

    private final VirtualPrinter printer = VirtualPrinter.start();

    @AfterEach
    void stop() {
        printer.close();
    }

    static Stream<Arguments> receipts() {
        return Stream.of(
                Arguments.of("standard-10-only", ReceiptFixtures.sale(ReceiptFixtures.STANDARD_ONLY,
                        ReceiptFixtures.STORE, false), PaperWidth.MM_80, Locale.JAPANESE),
                Arguments.of("reduced-8-only", ReceiptFixtures.sale(ReceiptFixtures.REDUCED_ONLY,
                        ReceiptFixtures.STORE, false), PaperWidth.MM_80, Locale.JAPANESE),
                Arguments.of("mixed-take-out-80mm", ReceiptFixtures.sale(ReceiptFixtures.MIXED, ReceiptFixtures.STORE,
                        false), PaperWidth.MM_80, Locale.JAPANESE),
                Arguments.of("mixed-eat-in", ReceiptFixtures.sale(ReceiptFixtures.MIXED.withServiceMode(
                        dev.kaikei.sale.ServiceMode.EAT_IN), ReceiptFixtures.STORE, false), PaperWidth.MM_80,
                        Locale.JAPANESE),
                Arguments.of("mixed-take-out-58mm", ReceiptFixtures.sale(ReceiptFixtures.MIXED, ReceiptFixtures.STORE,
                        false), PaperWidth.MM_58, Locale.JAPANESE),
                Arguments.of("tax-exclusive", ReceiptFixtures.sale(ReceiptFixtures.EXCLUSIVE, ReceiptFixtures.STORE,
                        false), PaperWidth.MM_80, Locale.JAPANESE),
                Arguments.of("refund-partial", ReceiptFixtures.refund(ReceiptFixtures.MIXED, 540), PaperWidth.MM_80,
                        Locale.JAPANESE),
                Arguments.of("refund-full", ReceiptFixtures.refund(ReceiptFixtures.MIXED, 805), PaperWidth.MM_80,
                        Locale.JAPANESE),
                Arguments.of("reprint", ReceiptFixtures.sale(ReceiptFixtures.MIXED, ReceiptFixtures.STORE, true),
                        PaperWidth.MM_80, Locale.JAPANESE),
                Arguments.of("no-registration-number", ReceiptFixtures.sale(ReceiptFixtures.MIXED,
                        ReceiptFixtures.UNREGISTERED, false), PaperWidth.MM_80, Locale.JAPANESE),
                Arguments.of("ryoshusho", ReceiptFixtures.ryoshusho(ReceiptFixtures.MIXED), PaperWidth.MM_80,
                        Locale.JAPANESE),
                Arguments.of("english-80mm", ReceiptFixtures.sale(ReceiptFixtures.MIXED, ReceiptFixtures.STORE, false),
                        PaperWidth.MM_80, Locale.ENGLISH));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("receipts")
    void matchesGolden(String name, ReceiptContent content, PaperWidth paper, Locale locale) throws Exception {
        ReceiptDocument doc = new ReceiptComposer(locale).compose(content);
        byte[] bytes = EscPosReceipt.render(doc, paper, Optional.empty(), false);
        new TcpReceiptPrinter("127.0.0.1", printer.port(), Duration.ofSeconds(2), Duration.ofSeconds(2)).send(bytes);

        assertThat(printer.jobs()).hasSize(1);
        Printout out = EscPosDecoder.decode(printer.jobs().get(0));
        assertThat(out.japaneseCharset()).isTrue();
        assertThat(out.statusRequests()).as("asked the paper sensor and the offline cause").isEqualTo(2);
        assertThat(out.qrCodes()).containsExactly(content.number().toString());
        assertThat(out.cuts()).isEqualTo(1);
        assertThat(out.drawerPulses()).isZero();
        assertThat(out.text()).allSatisfy(line -> assertThat(ShiftJis.width(line))
                .as("'%s' fits %d columns", line, paper.columns()).isLessThanOrEqualTo(paper.columns()));
        assertThat(out.lines()).filteredOn(EscPosDecoder.Line::large)
                .allSatisfy(l -> assertThat(ShiftJis.width(l.text())).isLessThanOrEqualTo(paper.columns() / 2));

        String printed = out.render() + "\n";
        Path golden = GOLDEN.resolve(name + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, printed, StandardCharsets.UTF_8);
        }
        assertThat(printed).isEqualTo(read(golden));
        // The plain-text receipt says the same, line for line (the printer's double-size lines aside).
        assertThat(TextReceipt.render(doc, paper)).contains(content.number().digits());
    }

    private static String read(Path golden) throws IOException {
        if (!Files.exists(golden)) {
            throw new AssertionError("no golden file " + golden + "; run once with -Dgolden.update=true and check it");
        }
        return Files.readString(golden, StandardCharsets.UTF_8);
    }
}
