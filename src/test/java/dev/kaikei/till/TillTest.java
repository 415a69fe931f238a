package dev.kaikei.till;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaikei.journal.BusinessDay;
import dev.kaikei.journal.CashCount;
import dev.kaikei.journal.CashMovementKind;
import dev.kaikei.journal.Journal;
import dev.kaikei.journal.JournalOptions;
import dev.kaikei.journal.NewOperation;
import dev.kaikei.journal.NewPayment;
import dev.kaikei.journal.OperationChange;
import dev.kaikei.journal.OperationState;
import dev.kaikei.journal.PaymentChange;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.journal.Tally;
import dev.kaikei.journal.TillFigures;
import dev.kaikei.journal.TillSessionRecord;
import dev.kaikei.journal.TillState;
import dev.kaikei.journal.TillStateException;
import dev.kaikei.journal.ZReport;
import dev.kaikei.simulator.SimulatorClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The till against a real journal file, on a clock the test moves through the day. */
@DisplayName("the till: float, 点検, 精算, paid-in/out, the next day")
class TillTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;

    private SimulatorClock clock;
    private Journal journal;
    private Till till;

    @BeforeEach
    void open() {
        clock = SimulatorClock.fixedAt(at(DAY, "08:30"));
        journal = Journal.open(dir.resolve("journal.sqlite"), JournalOptions.defaults().withClock(clock));
        till = new Till(journal, clock, "Kaikei Coffee", "T1");
    }

    @AfterEach
    void close() {
        journal.close();
    }

    private static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(BusinessDay.ZONE).toInstant();
    }

    private void paypaySale(String id, long yen, String time) {
        clock.setTo(at(DAY, time));
        journal.insertPayment(NewPayment.qr(id, yen, "sale", "S1", "T1"));
        journal.transition(id, PaymentState.CREATING, PaymentChange.to(PaymentState.COMPLETED)
                .withAcceptedAt(clock.instant()));
    }

    @Test
    @DisplayName("open, paid-in and paid-out, a counted 点検 short by ¥10, the close with Z No.1")
    void dayAtTheTill() {
        TillSessionRecord s = till.open(30_000);
        assertThat(s.day().date()).isEqualTo(DAY);
        clock.setTo(at(DAY, "10:00"));
        till.paidIn(5_000, "change from the bank");
        till.paidOut(320, "milk");
        paypaySale("T1-A1", 1_200, "11:00");

        clock.setTo(at(DAY, "12:00"));
        TillCheck check = till.check(Optional.of(CashCounts.parse("10000x3,1000x4,500x1,100x1,50x1,10x2")));
        assertThat(check.figures().expectedCash()).isEqualTo(30_000 + 5_000 - 320);
        assertThat(check.count().orElseThrow().counted()).isEqualTo(34_670);
        assertThat(check.count().orElseThrow().overShort()).isEqualTo(-10);
        assertThat(check.figures().paypay().sales()).isEqualTo(new Tally(1, 1_200));
        assertThat(till.status().isOpen()).as("a check does not close").isTrue();

        clock.setTo(at(DAY, "21:00"));
        ZReport z = till.close(CashCounts.parse("10000x3,1000x4,500x1,100x1,50x1,10x2"), OptionalLong.of(30_000),
                false);
        assertThat(z.number()).isEqualTo(1);
        assertThat(z.figures().cash().paidIn()).isEqualTo(new Tally(1, 5_000));
        assertThat(z.figures().cash().paidOut()).isEqualTo(new Tally(1, 320));
        assertThat(z.figures().expectedCash()).isEqualTo(34_680);
        assertThat(z.overShort()).isEqualTo(-10);
        assertThat(z.takings()).isEqualTo(4_670);
        assertThat(z.figures().paypay().net()).isEqualTo(1_200);
        assertThat(till.book().counts(z.session().id())).extracting(c -> c.kind().name())
                .containsExactly("CHECK", "CLOSE");
        assertThat(till.status().isOpen()).isFalse();
        assertThat(till.zReport(1)).contains(z);
    }

    @Nested
    @DisplayName("after the close")
    class AfterTheClose {

        private ZReport z1;

        @BeforeEach
        void closeTheDay() {
            till.open(20_000);
            paypaySale("T1-A1", 800, "12:00");
            clock.setTo(at(DAY, "20:00"));
            z1 = till.close(CashCounts.parse("10000x2"), OptionalLong.of(15_000), false);
        }

        @Test
        @DisplayName("the cashier is told the day is closed; a later sale belongs to the next day, never to both")
        void laterSaleBelongsToTheNextDay() {
            paypaySale("T1-A2", 500, "20:30");
            assertThat(till.status().dayClosed()).hasValueSatisfying(d -> {
                assertThat(d.closedDay()).isEqualTo(DAY);
                assertThat(d.salesDay()).isEqualTo(DAY.plusDays(1));
            });
            clock.setTo(at(DAY, "20:40"));
            till.paidIn(1_000, "tips jar");

            TillSessionRecord next = till.status().session().orElseThrow();
            assertThat(next.day().date()).isEqualTo(DAY.plusDays(1));
            assertThat(next.openingFloat()).as("the float the close left").isEqualTo(15_000);
            TillFigures f = till.status().figures().orElseThrow();
            assertThat(f.paypay().sales()).isEqualTo(new Tally(1, 500));
            assertThat(z1.figures().paypay().sales()).isEqualTo(new Tally(1, 800));

            clock.setTo(at(DAY.plusDays(1), "21:00"));
            ZReport z2 = till.close(CashCounts.parse("10000x1,5000x1,1000x1"), OptionalLong.empty(), false);
            assertThat(z2.number()).isEqualTo(2);
            assertThat(z2.figures().paypay().sales()).isEqualTo(new Tally(1, 500));
            assertThat(z2.figures().expectedCash()).isEqualTo(16_000);
            assertThat(z2.nextFloat()).as("default: the day's float").isEqualTo(15_000);
        }

        @Test
        @DisplayName("a second close the same evening is refused unless confirmed: it would close tomorrow")
        void secondCloseNeedsConfirmation() {
            paypaySale("T1-A2", 500, "20:30");
            clock.setTo(at(DAY, "21:00"));
            assertThatThrownBy(() -> till.close(CashCounts.parse("10000x1,5000x1"), OptionalLong.empty(), false))
                    .isInstanceOf(dev.kaikei.journal.CloseAheadException.class)
                    .hasMessageContaining("closing again now would close " + DAY.plusDays(1));
            assertThat(till.lastZReport()).contains(z1);
            assertThat(till.status().isOpen()).as("nothing changed").isFalse();

            ZReport z2 = till.close(CashCounts.parse("10000x1,5000x1"), OptionalLong.empty(), true);
            assertThat(z2.session().day().date()).isEqualTo(DAY.plusDays(1));
            assertThat(z2.figures().paypay().sales()).isEqualTo(new Tally(1, 500));
        }

        @Test
        @DisplayName("opening again the same day opens the next business day")
        void openingAgainIsTheNextDay() {
            clock.setTo(at(DAY, "22:00"));
            assertThat(till.open(15_000).day().date()).isEqualTo(DAY.plusDays(1));
        }

        @Test
        @DisplayName("the Z report is frozen: a refund made later counts for the day it was made")
        void zReportIsFrozen() {
            clock.setTo(at(DAY.plusDays(1), "09:00"));
            var refund = journal.insertOperation(NewOperation.refund("T1-A1", "T1-R1", 800, "returned"));
            journal.updateOperation(refund.id(), OperationState.PENDING, OperationChange.to(OperationState.SUCCEEDED)
                    .withPayment(PaymentChange.to(PaymentState.REFUNDED)));

            assertThat(till.zReport(1).orElseThrow()).isEqualTo(z1);
            assertThat(z1.figures().paypay().refunds()).isEqualTo(Tally.NONE);
            till.paidIn(100, "coins");
            assertThat(till.status().figures().orElseThrow().paypay().refunds()).isEqualTo(new Tally(1, 800));
        }

        @Test
        @DisplayName("days without a session in between: the next close picks up every PayPay sale since the last")
        void gapDays() {
            paypaySale("T1-A3", 700, "23:00");
            clock.setTo(at(DAY.plusDays(3), "19:00"));
            ZReport z = till.close(CashCounts.parse("5000x3"), OptionalLong.empty(), false);
            assertThat(z.session().day().date()).isEqualTo(DAY.plusDays(3));
            assertThat(z.figures().paypay().sales()).isEqualTo(new Tally(1, 700));
            assertThat(z.figures().from()).isEqualTo(z1.closedAt());
        }
    }

    @Test
    @DisplayName("a PayPay-only shop closes without ever opening: the Z report still covers the day's PayPay sales")
    void closeWithoutOpening() {
        paypaySale("T1-A1", 2_400, "10:00");
        clock.setTo(at(DAY, "19:00"));
        ZReport z = till.close(CashCount.empty(), OptionalLong.empty(), false);
        assertThat(z.figures().paypay().sales()).isEqualTo(new Tally(1, 2_400));
        assertThat(z.figures().openingFloat()).isZero();
        assertThat(z.overShort()).isZero();
    }

    @Test
    @DisplayName("refusals change nothing: opening twice, a next float above the count, a paid-out above the drawer")
    void refusals() {
        till.open(10_000);
        assertThatThrownBy(() -> till.open(5_000)).isInstanceOf(TillStateException.class)
                .hasMessageContaining("already open");
        assertThatThrownBy(() -> till.paidOut(10_001, "too much")).isInstanceOf(TillStateException.class)
                .hasMessageContaining("should hold only ¥10,000");
        assertThatThrownBy(() -> till.close(CashCounts.parse("5000x1"), OptionalLong.of(6_000), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("next float");
        TillSessionRecord s = till.status().session().orElseThrow();
        assertThat(s.state()).isEqualTo(TillState.OPEN);
        assertThat(till.book().movements(s.id())).isEmpty();
        assertThat(till.book().counts(s.id())).isEmpty();
        assertThat(till.lastZReport()).isEmpty();
        assertThatThrownBy(() -> till.paidIn(100, " ")).hasMessageContaining("needs a reason");
    }

    @Test
    @DisplayName("a check needs an open till; a no-sale is journaled without moving money")
    void checkAndNoSale() {
        assertThatThrownBy(() -> till.check(Optional.empty())).isInstanceOf(TillStateException.class);
        till.open(1_000);
        clock.advance(Duration.ofMinutes(5));
        till.noSale("customer needed change for the bus");
        TillFigures f = till.status().figures().orElseThrow();
        assertThat(f.cash().noSales()).isEqualTo(1);
        assertThat(f.expectedCash()).isEqualTo(1_000);
        assertThat(till.book().movements(till.status().session().orElseThrow().id()))
                .extracting(m -> m.kind()).containsExactly(CashMovementKind.NO_SALE);
    }
}
