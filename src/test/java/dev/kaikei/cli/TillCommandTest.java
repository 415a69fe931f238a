package dev.kaikei.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.journal.CashMovementKind;
import dev.kaikei.journal.TillState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code kaikei till …} in-process against a real journal file (and the simulator for a PayPay sale). */
@DisplayName("kaikei till")
class TillCommandTest extends CliFixture {

    @Test
    @DisplayName("open, paid-in, paid-out, check with a count, close: the Z report with over/short and the next float")
    void aDay() {
        Run open = run("till", "open", "--float", "30000");
        assertThat(open.code()).as(open.toString()).isZero();
        assertThat(open.out()).contains("Till open for business day").contains("with a float of ¥30,000.");
        assertThat(run("till", "paid-in", "5000", "--reason", "change from the bank").out())
                .contains("Paid in ¥5,000 (change from the bank). Cash expected in the drawer: ¥35,000.");
        run("till", "paid-out", "320", "--reason", "milk");
        paidCharge(1200);

        Run check = run("till", "check", "--counted", "10000x3,1000x4,500x1,100x1,50x1,10x2");
        assertThat(check.code()).as(check.toString()).isZero();
        assertThat(check.out()).contains("X REPORT (check)").contains("Expected cash").contains("¥34,680")
                .contains("Sales 1x").contains("¥1,200").contains("Counted 10000x3,1000x4,500x1,100x1,50x1,10x2 = ¥34,670")
                .contains("Short by ¥10.");

        Run close = run("till", "close", "--counted", "10000x3,1000x4,500x1,100x1,50x1,10x2", "--next-float",
                "30000");
        assertThat(close.code()).as(close.toString()).isZero();
        assertThat(close.out()).contains("Z REPORT No.1").contains("Short").contains("-¥10")
                .contains("Next float").contains("¥30,000").contains("Cash taken out").contains("¥4,670")
                .contains("is closed; sales from now on belong to");
        assertThat(journal.till().lastClosed().orElseThrow().state()).isEqualTo(TillState.CLOSED);

        Run status = run("till");
        assertThat(status.out()).contains("The till is not open.").contains("was closed at")
                .contains("sales now belong to");
    }

    @Test
    @DisplayName("a paid-in after the close opens the next day with the float the close left, and says so")
    void afterTheClose() {
        run("till", "open", "--float", "10000");
        run("till", "close", "--counted", "10000x1", "--next-float", "8000");

        Run paidIn = run("till", "paid-in", "500", "--reason", "coins");

        assertThat(paidIn.out()).contains("was closed at").contains("Cash expected in the drawer: ¥8,500.");
        var session = journal.till().openSession().orElseThrow();
        assertThat(session.openingFloat()).isEqualTo(8000);
        assertThat(journal.till().movements(session.id())).extracting(m -> m.kind())
                .containsExactly(CashMovementKind.PAID_IN);
    }

    @Test
    @DisplayName("mistakes are refused with a clear message and change nothing")
    void refusals() {
        assertThat(run("till", "check").code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(run("till", "open", "--float", "-5").err()).contains("'-5' is not an amount in yen");
        assertThat(run("till", "open", "--float", "20000").code()).isZero();
        Run twice = run("till", "open", "--float", "20000");
        assertThat(twice.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(twice.err()).contains("Refused: the till is already open");
        Run badCount = run("till", "close", "--counted", "10000x2,300x1");
        assertThat(badCount.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(badCount.err()).contains("--counted: 300 is not a yen note or coin");
        Run badFloat = run("till", "close", "--counted", "10000x1", "--next-float", "20000");
        assertThat(badFloat.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(badFloat.err()).contains("--next-float ¥20,000 is more than the ¥10,000 counted");
        Run tooMuch = run("till", "paid-out", "30000", "--reason", "rent");
        assertThat(tooMuch.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(tooMuch.err()).contains("should hold only ¥20,000");
        assertThat(run("till", "paid-out", "100").err()).contains("Missing required option: '--reason=TEXT'");
        assertThat(journal.till().openSession().orElseThrow().state()).isEqualTo(TillState.OPEN);
        assertThat(journal.till().lastZReport()).isEmpty();
        assertThat(journal.till().movements(journal.till().openSession().orElseThrow().id())).isEmpty();
    }
}
