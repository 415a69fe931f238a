package dev.kaikei.journal;

import static dev.kaikei.journal.JournalFixture.qr;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Journal queries")
class ReportsTest extends JournalTestSupport {

    static final BusinessDay DAY = new BusinessDay(LocalDate.of(2026, 11, 2));

    static Instant jst(LocalDate date, String time) {
        return LocalDateTime.of(date, LocalTime.parse(time)).atZone(BusinessDay.ZONE).toInstant();
    }

    /** Inserts a payment at {@code at} and moves it to {@code state}. */
    private PaymentRecord payment(String id, PaymentKind kind, long amount, Instant at, PaymentState state) {
        clock.set(at);
        journal.insertPayment(new NewPayment(id, kind, amount, null, "s", "t", null,
                kind.isNative() ? "ua" : null));
        return journal.transition(id, PaymentState.CREATING, PaymentChange.to(state)
                .withPaypayPaymentId("pp" + id)).orElseThrow();
    }

    private void operation(NewOperation op, Instant at, OperationState state, PaymentState paymentState) {
        clock.set(at);
        OperationRecord record = journal.insertOperation(op);
        if (state != OperationState.PENDING) {
            journal.updateOperation(record.id(), OperationState.PENDING, OperationChange.to(state)
                    .withPayment(paymentState == null ? null : PaymentChange.to(paymentState)));
        }
    }

    @ParameterizedTest(name = "{0} is on {1}")
    @CsvSource({
            "2026-11-01T14:59:59.999Z, 2026-11-01",
            "2026-11-01T15:00:00Z,     2026-11-02",
            "2026-11-02T14:59:59Z,     2026-11-02",
            "2026-12-31T15:00:00Z,     2027-01-01"})
    @DisplayName("BusinessDay follows Asia/Tokyo midnight")
    void businessDay(String instant, String date) {
        BusinessDay day = BusinessDay.of(Instant.parse(instant));
        assertThat(day.date()).isEqualTo(LocalDate.parse(date));
        assertThat(day.start()).isEqualTo(LocalDate.parse(date).minusDays(1).atTime(15, 0).toInstant(
                ZoneOffset.UTC));
        assertThat(day.end()).isEqualTo(day.next().start());
        assertThat(day.contains(Instant.parse(instant))).isTrue();
        assertThat(day.contains(day.end())).isFalse();
    }

    @Test
    @DisplayName("a sale counts on the business day PayPay accepted it, not the day its code was shown")
    void saleDatedByAcceptance() {
        LocalDate date = DAY.date();
        clock.set(jst(date.minusDays(1), "23:59:50"));
        journal.insertPayment(new NewPayment("late", PaymentKind.QR, 1500, null, "s", "t", null, null));
        journal.transition("late", PaymentState.CREATING, PaymentChange.to(PaymentState.COMPLETED)
                .withPaypayPaymentId("pp-late").withAcceptedAt(jst(date, "00:00:10")));

        assertThat(journal.dayReport(DAY).gross()).isEqualTo(1500);
        assertThat(journal.dayReport(DAY.previous()).gross()).isZero();
    }

    @Test
    @DisplayName("the end-of-day report matches a hand-computed table")
    void dayReport() {
        Instant d = jst(DAY.date(), "10:00");
        LocalDate date = DAY.date();
        //  id   kind             amount  state                   sale   cancel  unresolved
        payment("p1", PaymentKind.QR, 1000, d, PaymentState.COMPLETED);                       // 1000
        payment("p2", PaymentKind.QR, 2000, d, PaymentState.COMPLETED);                       // 2000 (refund 500)
        operation(NewOperation.refund("p2", "r2", 500, null), d.plusSeconds(60), OperationState.SUCCEEDED,
                PaymentState.PARTIALLY_REFUNDED);
        payment("p3", PaymentKind.QR, 3000, d, PaymentState.CANCELED);                        // 3000   3000
        payment("p4", PaymentKind.QR, 4000, d, PaymentState.FAILED);                          // -
        payment("p5", PaymentKind.QR, 5000, d, PaymentState.EXPIRED);                         // -
        payment("p6", PaymentKind.QR, 600, d, PaymentState.AWAITING_PAYMENT);                 //                 1
        payment("p7", PaymentKind.QR, 700, d, PaymentState.UNKNOWN);                          //                 1
        payment("p8", PaymentKind.NATIVE_PREAUTH, 8000, d, PaymentState.AUTHORIZED);          // 7000 captured
        operation(NewOperation.capture("p8", "c8", 7000, "x"), d, OperationState.SUCCEEDED, PaymentState.COMPLETED);
        payment("p9", PaymentKind.QR_PREAUTH, 900, d, PaymentState.AUTHORIZED);               //                 1
        payment("p10", PaymentKind.QR, 10000, jst(date.minusDays(1), "23:59:59"), PaymentState.COMPLETED);
        operation(NewOperation.refund("p10", "r10", 1000, null), d, OperationState.SUCCEEDED, null);  // refund today
        payment("p11", PaymentKind.QR, 1100, d, PaymentState.COMPLETED);                      // 1100
        operation(NewOperation.refund("p11", "r11", 100, null), d, OperationState.PENDING, null);     //      1
        operation(NewOperation.refund("p1", "r1", 200, null), d, OperationState.REJECTED, null);      // not counted
        payment("p12", PaymentKind.QR, 12000, jst(date.plusDays(1), "00:00"), PaymentState.COMPLETED);

        // sales p1 p2 p3 p8 p11 = 5, gross 1000+2000+3000+7000+1100 = 14100, cancel p3 3000,
        // refunds r2 500 + r10 1000 = 1500, net 14100-3000-1500 = 9600, unresolved p6 p7 p9 + r11 = 4
        assertThat(journal.dayReport(DAY)).isEqualTo(new DayReport(DAY, 5, 14100, 1, 3000, 2, 1500, 9600, 4));
        assertThat(journal.dayReport(DAY.previous()))
                .isEqualTo(new DayReport(DAY.previous(), 1, 10000, 0, 0, 0, 0, 10000, 0));
        assertThat(journal.dayReport(DAY.next()))
                .isEqualTo(new DayReport(DAY.next(), 1, 12000, 0, 0, 0, 0, 12000, 0));
        clock.set(d);
        assertThat(journal.todaysPayments()).extracting(PaymentRecord::merchantPaymentId)
                .containsExactlyInAnyOrder("p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9", "p11");
    }

    @Test
    @DisplayName("needs attention lists unknowns, notes, and items stuck longer than the thresholds")
    void needsAttention() {
        Instant now = jst(DAY.date(), "12:00");
        clock.set(now.minus(Duration.ofMinutes(3)));
        journal.insertPayment(qr("creating-old", 100));
        journal.insertPayment(qr("awaiting-expired", 100));
        journal.transition("awaiting-expired", PaymentState.CREATING, PaymentChange.to(PaymentState.AWAITING_PAYMENT)
                .withExpiresAt(now.minus(Duration.ofMinutes(3))));
        journal.insertPayment(qr("awaiting-live", 100));
        journal.transition("awaiting-live", PaymentState.CREATING, PaymentChange.to(PaymentState.AWAITING_PAYMENT)
                .withExpiresAt(now.plus(Duration.ofMinutes(1))));
        payment("done", PaymentKind.QR, 100, now.minus(Duration.ofHours(1)), PaymentState.COMPLETED);
        operation(NewOperation.refund("done", "r-old-accepted", 10, null), now.minus(Duration.ofMinutes(31)),
                OperationState.ACCEPTED, null);
        operation(NewOperation.refund("done", "r-new-accepted", 10, null), now.minus(Duration.ofMinutes(5)),
                OperationState.ACCEPTED, null);
        operation(NewOperation.capture("done", "c-unknown", 10, null), now, OperationState.UNKNOWN, null);
        operation(NewOperation.cancel("done"), now.minus(Duration.ofMinutes(3)), OperationState.PENDING, null);
        operation(NewOperation.deleteCode("done"), now.minus(Duration.ofSeconds(30)), OperationState.PENDING, null);
        payment("noted", PaymentKind.QR, 100, now, PaymentState.COMPLETED);
        journal.transition("noted", PaymentState.COMPLETED, PaymentChange.keepState().withAttention("check refund"));
        payment("unknown", PaymentKind.QR, 100, now, PaymentState.UNKNOWN);
        clock.set(now);
        journal.insertPayment(qr("creating-new", 100));

        NeedsAttention attention = journal.needsAttention();
        assertThat(attention.payments()).extracting(PaymentRecord::merchantPaymentId)
                .containsExactlyInAnyOrder("creating-old", "awaiting-expired", "noted", "unknown");
        assertThat(attention.operations()).extracting(o -> o.merchantOperationId() == null ? o.kind().name()
                : o.merchantOperationId()).containsExactlyInAnyOrder("r-old-accepted", "c-unknown", "CANCEL");
        assertThat(journal.nonFinalPayments()).extracting(PaymentRecord::merchantPaymentId)
                .containsExactly("creating-old", "awaiting-expired", "awaiting-live", "unknown", "creating-new");
    }

    @Nested
    @DisplayName("history search")
    class Search {

        @BeforeEach
        void fill() {
            for (int i = 0; i < 30; i++) {
                Instant at = jst(DAY.date().minusDays(i % 3), "09:00").plusSeconds(i);
                payment("m-" + i, PaymentKind.QR, i % 2 == 0 ? 500 : 800, at,
                        i % 5 == 0 ? PaymentState.FAILED : PaymentState.COMPLETED);
            }
        }

        @Test
        @DisplayName("pages newest first without gaps or repeats")
        void paging() {
            List<PaymentRecord> first = journal.search(PaymentSearch.all().page(12, 0));
            List<PaymentRecord> second = journal.search(PaymentSearch.all().page(12, 12));
            List<PaymentRecord> third = journal.search(PaymentSearch.all().page(12, 24));
            assertThat(third).hasSize(6);
            List<Instant> times = Stream.of(first, second, third).flatMap(List::stream)
                    .map(PaymentRecord::createdAt).toList();
            assertThat(times).hasSize(30).isSortedAccordingTo(Comparator.reverseOrder());
        }

        @Test
        @DisplayName("filters by day, amount, state and id substring (merchant or PayPay id)")
        void filters() {
            assertThat(journal.search(PaymentSearch.all().on(DAY))).hasSize(10)
                    .allMatch(p -> DAY.contains(p.createdAt()));
            assertThat(journal.search(PaymentSearch.all().on(DAY).withAmount(800L))).hasSize(5)
                    .allMatch(p -> p.amount() == 800);
            assertThat(journal.search(PaymentSearch.all().withStates(EnumSet.of(PaymentState.FAILED))))
                    .extracting(PaymentRecord::merchantPaymentId)
                    .containsExactly("m-15", "m-0", "m-25", "m-10", "m-20", "m-5");
            assertThat(journal.search(PaymentSearch.all().withIdContaining("-2")))
                    .extracting(PaymentRecord::merchantPaymentId).hasSize(11).allMatch(id -> id.startsWith("m-2"));
            assertThat(journal.search(PaymentSearch.all().withIdContaining("ppm-17")))
                    .extracting(PaymentRecord::merchantPaymentId).containsExactly("m-17");
            assertThat(journal.search(PaymentSearch.all().withIdContaining("%"))).isEmpty();
        }
    }
}
