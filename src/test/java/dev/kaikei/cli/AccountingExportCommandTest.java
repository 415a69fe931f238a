package dev.kaikei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.journal.BusinessDay;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code kaikei export --accounting freee|moneyforward} from a real journal with a cash and a PayPay sale. */
@DisplayName("kaikei export --accounting")
class AccountingExportCommandTest extends CliFixture {

    private static final Charset SJIS = Charset.forName("Windows-31J");

    String today() {
        return BusinessDay.today(sim.clock()).date().toString();
    }

    @Test
    @DisplayName("freee and Money Forward files of the day's sales per tender and rate, Shift_JIS, owner-only")
    void bothProducts() throws Exception {
        assertThat(run("charge", "--item", "Bento=540@8", "--take-out", "--cash", "1000").code()).isZero();
        paidCharge(1100);
        Path freee = dir.resolve("out/freee.csv");
        Path mf = dir.resolve("out/mf.csv");

        Run f = run("export", "--accounting", "freee", "--from", today(), "--to", today(), "--out", freee.toString());
        Run m = run("export", "--accounting", "moneyforward", "--from", today(), "--out", mf.toString());

        assertThat(f.code()).as(f.toString()).isZero();
        assertThat(f.out()).contains("Exported 2 journal entry lines for freee");
        List<String> rows = new String(Files.readAllBytes(freee), SJIS).lines().toList();
        String day = today().replace('-', '/');
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).startsWith("日付,伝票番号,決算整理仕訳,借方勘定科目");
        assertThat(rows.get(1)).startsWith(day + ",1,,現金,,対象外,540,0,売上高,,課税売上8%（軽）,540,40,");
        assertThat(rows.get(2)).startsWith(day + ",1,,売掛金,PayPay,対象外,1100,0,売上高,,課税売上10%,1100,100,");
        assertThat(Files.getPosixFilePermissions(freee)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(m.code()).as(m.toString()).isZero();
        assertThat(new String(Files.readAllBytes(mf), SJIS).lines().toList().get(2).split(",", -1))
                .hasSize(27).startsWith("1", day, "売掛金", "PayPay");
    }

    @Test
    @DisplayName("an unknown product, --from after --to, or an existing file without --force: clear errors, no file")
    void mistakes() throws Exception {
        Path out = dir.resolve("x.csv");
        Run product = run("export", "--accounting", "yayoi", "--from", today(), "--out", out.toString());
        Run order = run("export", "--accounting", "freee", "--from", "2026-03-02", "--to", "2026-03-01", "--out",
                out.toString());
        assertThat(product.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(product.err()).contains("'yayoi' is not freee or moneyforward");
        assertThat(order.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(order.err()).contains("--from 2026-03-02 is after --to 2026-03-01");
        assertThat(out).doesNotExist();

        Files.writeString(out, "keep");
        Run exists = run("export", "--accounting", "freee", "--from", today(), "--out", out.toString());
        assertThat(exists.code()).isEqualTo(ExitCodes.CANT_CREATE);
        assertThat(Files.readString(out)).isEqualTo("keep");
    }
}
