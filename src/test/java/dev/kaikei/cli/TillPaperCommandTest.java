package dev.kaikei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.testing.EscPosDecoder;
import dev.kaikei.testing.VirtualPrinter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Z report on paper: {@code till close --out/--print} and {@code till z N}, on a virtual ESC/POS printer. */
@DisplayName("kaikei till close / till z: the Z report as PDF and on the printer")
class TillPaperCommandTest extends CliFixture {

    VirtualPrinter printer;

    @BeforeEach
    void startPrinter() {
        printer = VirtualPrinter.start();
    }

    @AfterEach
    void stopPrinter() {
        printer.close();
    }

    Path withPrinter() throws Exception {
        Path file = dir.resolve("shop.properties");
        Files.writeString(file, Files.readString(config) + "printer.type=escpos-tcp\nprinter.address="
                + printer.address() + "\nprinter.drawerPulse=true\nlocale=ja\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    @DisplayName("the close prints its Z report and saves it as an owner-only PDF; till z reprints a past one;"
            + " a Z report never opens the drawer")
    void closeAndReprint() throws Exception {
        Path cfg = withPrinter();
        startWith(cfg, "till", "open", "--float", "10000").finish();
        startWith(cfg, "charge", "1200", "--cash", "2000").finish();
        int jobsBefore = printer.jobs().size(); // the cash sale's drawer pulse
        Path pdf = dir.resolve("z1.pdf");

        Run close = startWith(cfg, "till", "close", "--counted", "10000x1,1000x1,100x2", "--out", pdf.toString(),
                "--print").finish();

        assertThat(close.code()).as(close.toString()).isZero();
        assertThat(close.out()).contains("Saved " + pdf.toAbsolutePath()).contains("Printed.");
        assertThat(Files.getPosixFilePermissions(pdf)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("No.1").contains("11,200");
        }
        assertThat(printer.jobs()).hasSize(jobsBefore + 1);
        EscPosDecoder.Printout z = EscPosDecoder.decode(printer.jobs().get(jobsBefore));
        assertThat(z.render()).contains("No.1").contains("11,200");
        assertThat(z.drawerPulses()).isZero();
        assertThat(z.cuts()).isEqualTo(1);

        Run again = startWith(cfg, "till", "z", "1", "--print").finish();
        assertThat(again.code()).as(again.toString()).isZero();
        assertThat(printer.jobs()).hasSize(jobsBefore + 2);
        Run none = startWith(cfg, "till", "z", "7").finish();
        assertThat(none.code()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(none.err()).contains("There is no Z report No.7.");
    }

    @Test
    @DisplayName("printer off: the close stands, exit 5 says the Z report was not printed")
    void printerOff() throws Exception {
        Path cfg = withPrinter();
        startWith(cfg, "till", "open", "--float", "1000").finish();
        printer.close();

        Run close = startWith(cfg, "till", "close", "--counted", "1000x1", "--print").finish();

        assertThat(close.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(close.err()).contains("Not printed:");
        assertThat(journal.till().lastZReport()).isPresent();
    }
}
