package dev.kaikei.journal;

import static dev.kaikei.journal.JournalFixture.T0;
import static dev.kaikei.journal.JournalFixture.count;
import static dev.kaikei.journal.JournalFixture.qr;
import static dev.kaikei.journal.PaymentState.AWAITING_PAYMENT;
import static dev.kaikei.journal.PaymentState.COMPLETED;
import static dev.kaikei.journal.PaymentState.CREATING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.kaikei.testing.LogCapture;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Payments in the journal")
class PaymentJournalTest extends JournalTestSupport {

    @Test
    @DisplayName("insert commits a CREATING row with every field and the clock's time")
    void insert() {
        PaymentRecord p = journal.insertPayment(new NewPayment("m-1", PaymentKind.NATIVE, 1234, "お弁当", "store-1",
                "till-1", "member-7", "ua-1"));
        assertThat(p.id()).isPositive();
        assertThat(p.state()).isEqualTo(CREATING);
        assertThat(p.createdAt()).isEqualTo(T0);
        assertThat(p.updatedAt()).isEqualTo(T0);
        assertThat(p).extracting(PaymentRecord::merchantPaymentId, PaymentRecord::kind, PaymentRecord::amount,
                        PaymentRecord::description, PaymentRecord::storeId, PaymentRecord::terminalId,
                        PaymentRecord::customerReference, PaymentRecord::userAuthorizationId)
                .containsExactly("m-1", PaymentKind.NATIVE, 1234L, "お弁当", "store-1", "till-1", "member-7", "ua-1");
        assertThat(journal.findPayment("m-1")).contains(p);
    }

    @Nested
    @DisplayName("transition")
    class Transition {

        @Test
        @DisplayName("applies the change when the state is as expected and keeps unspecified fields")
        void applies() {
            journal.insertPayment(qr("m-1", 500));
            clock.advance(Duration.ofSeconds(2));
            Instant expiry = T0.plusSeconds(300);
            PaymentRecord p = journal.transition("m-1", CREATING, PaymentChange.to(AWAITING_PAYMENT)
                    .withCode("code-1", "https://qr/1", "paypay://1", expiry).withPaypayStatus("CREATED")
                    .withRequestId("req-1")).orElseThrow();
            assertThat(p.state()).isEqualTo(AWAITING_PAYMENT);
            assertThat(p).extracting(PaymentRecord::codeId, PaymentRecord::qrUrl, PaymentRecord::deeplink,
                            PaymentRecord::expiresAt, PaymentRecord::paypayStatus, PaymentRecord::lastRequestId)
                    .containsExactly("code-1", "https://qr/1", "paypay://1", expiry, "CREATED", "req-1");
            assertThat(p.updatedAt()).isEqualTo(T0.plusSeconds(2));
            assertThat(p.createdAt()).isEqualTo(T0);

            PaymentRecord done = journal.transition("m-1", AWAITING_PAYMENT, PaymentChange.to(COMPLETED)
                    .withPaypayPaymentId("pp-1").withPaypayStatus("COMPLETED").withAcceptedAt(T0.plusSeconds(60)))
                    .orElseThrow();
            assertThat(done.codeId()).isEqualTo("code-1");
            assertThat(done.paypayPaymentId()).isEqualTo("pp-1");
            assertThat(done.acceptedAt()).isEqualTo(T0.plusSeconds(60));
            assertThat(journal.findPaymentByCodeId("code-1")).contains(done);
            assertThat(journal.findPaymentByPaypayId("pp-1")).contains(done);
        }

        @Test
        @DisplayName("returns empty and changes nothing when the state is stale")
        void stale() {
            journal.insertPayment(qr("m-1", 500));
            Optional<PaymentRecord> result = journal.transition("m-1", AWAITING_PAYMENT,
                    PaymentChange.to(COMPLETED).withPaypayStatus("COMPLETED"));
            assertThat(result).isEmpty();
            assertThat(journal.findPayment("m-1").orElseThrow())
                    .extracting(PaymentRecord::state, PaymentRecord::paypayStatus).containsExactly(CREATING, null);
        }

        @Test
        @DisplayName("sets and clears the attention note")
        void attention() {
            journal.insertPayment(qr("m-1", 500));
            journal.transition("m-1", CREATING, PaymentChange.to(PaymentState.UNKNOWN).withAttention("timeout"));
            assertThat(journal.findPayment("m-1").orElseThrow().attention()).isEqualTo("timeout");
            journal.transition("m-1", PaymentState.UNKNOWN, PaymentChange.keepState().withPaypayStatus("CREATED"));
            assertThat(journal.findPayment("m-1").orElseThrow().attention()).isEqualTo("timeout");
            journal.transition("m-1", PaymentState.UNKNOWN, PaymentChange.to(AWAITING_PAYMENT).withAttention(null));
            assertThat(journal.findPayment("m-1").orElseThrow().attention()).isNull();
        }

        @Test
        @DisplayName("of an unknown payment is an IllegalArgumentException")
        void unknownPayment() {
            assertThatThrownBy(() -> journal.transition("nope", CREATING, PaymentChange.to(COMPLETED)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
        }

        @Test
        @DisplayName("lets exactly one of many racing threads move a payment")
        void race() throws Exception {
            journal.insertPayment(qr("m-1", 500));
            int threads = 8;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String status = "S" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return journal.transition("m-1", CREATING,
                            PaymentChange.to(AWAITING_PAYMENT).withPaypayStatus(status)).isPresent();
                }));
            }
            start.countDown();
            int winners = 0;
            for (Future<Boolean> f : results) {
                winners += f.get() ? 1 : 0;
            }
            pool.shutdown();
            assertThat(winners).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("concurrent writers and readers lose nothing")
    void concurrentInserts() throws Exception {
        int threads = 4;
        int perThread = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    String id = "t" + thread + "-" + i;
                    journal.insertPayment(qr(id, 100 + i));
                    journal.transition(id, CREATING, PaymentChange.to(AWAITING_PAYMENT));
                }
            }));
        }
        futures.add(pool.submit(() -> {
            for (int i = 0; i < 100; i++) {
                journal.nonFinalPayments();
                journal.todaysPayments();
            }
        }));
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        assertThat(count(file, "payments")).isEqualTo(threads * perThread);
        assertThat(journal.nonFinalPayments()).hasSize(threads * perThread)
                .allMatch(p -> p.state() == AWAITING_PAYMENT);
    }

    @Nested
    @DisplayName("bad input is refused before anything is written")
    class BadInput {

        static Stream<Arguments> badPayments() {
            String id65 = "a".repeat(65);
            return Stream.of(
                    Arguments.of("amount", (Runnable) () -> qr("m-1", 0)),
                    Arguments.of("amount", (Runnable) () -> qr("m-1", -5)),
                    Arguments.of("amount", (Runnable) () -> qr("m-1", 100_000_000_000L)),
                    Arguments.of("merchantPaymentId", (Runnable) () -> qr(id65, 100)),
                    Arguments.of("merchantPaymentId", (Runnable) () -> qr("has space", 100)),
                    Arguments.of("merchantPaymentId", (Runnable) () -> qr("ümlaut", 100)),
                    Arguments.of("merchantPaymentId", (Runnable) () -> qr("", 100)),
                    Arguments.of("merchantPaymentId", (Runnable) () -> qr(null, 100)),
                    Arguments.of("description", (Runnable) () -> NewPayment.qr("m-1", 100, "x".repeat(256), null,
                            null)),
                    Arguments.of("storeId", (Runnable) () -> NewPayment.qr("m-1", 100, null, "s".repeat(256), null)),
                    Arguments.of("kind", (Runnable) () -> new NewPayment("m-1", null, 100, null, null, null, null,
                            null)),
                    Arguments.of("userAuthorizationId", (Runnable) () -> new NewPayment("m-1", PaymentKind.NATIVE,
                            100, null, null, null, null, null)));
        }

        @ParameterizedTest(name = "{0} #{index}")
        @MethodSource("badPayments")
        @DisplayName("NewPayment names the bad field")
        void badPayment(String field, Runnable build) throws Exception {
            assertThatThrownBy(() -> journal.insertPayment(buildOrNull(build)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(field);
            assertThat(count(file, "payments")).isZero();
        }

        private NewPayment buildOrNull(Runnable build) {
            build.run();
            return null;
        }

        @Test
        @DisplayName("a null payment")
        void nullPayment() throws Exception {
            assertThatThrownBy(() -> journal.insertPayment(null)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("payment");
            assertThat(count(file, "payments")).isZero();
        }

        @Test
        @DisplayName("the longest and shortest valid values are accepted")
        void limits() {
            String id64 = "A-z_9".repeat(12) + "abcd";
            assertThat(journal.insertPayment(NewPayment.qr(id64, 99_999_999_999L, "x".repeat(255), null, null))
                    .merchantPaymentId()).hasSize(64);
            assertThat(journal.insertPayment(qr("m-1", 1)).amount()).isEqualTo(1);
        }

        @Test
        @DisplayName("a duplicate merchantPaymentId")
        void duplicate() throws Exception {
            journal.insertPayment(qr("m-1", 500));
            assertThatThrownBy(() -> journal.insertPayment(qr("m-1", 700)))
                    .isInstanceOf(DuplicateIdException.class).hasMessageContaining("m-1");
            assertThat(count(file, "payments")).isEqualTo(1);
            assertThat(journal.findPayment("m-1").orElseThrow().amount()).isEqualTo(500);
        }
    }

    @Nested
    @DisplayName("change stream")
    class Changes {

        @Test
        @DisplayName("tells listeners after commit, off the caller's thread, and a failing listener breaks nothing")
        void listeners() {
            try (LogCapture log = new LogCapture()) {
                listenersWithLog(log);
            }
        }

        private void listenersWithLog(LogCapture log) {
            List<JournalChange> seen = new CopyOnWriteArrayList<>();
            List<PaymentState> statesSeen = new CopyOnWriteArrayList<>();
            List<String> threads = new CopyOnWriteArrayList<>();
            journal.addListener(change -> {
                throw new IllegalStateException("listener bug");
            });
            Subscription subscription = journal.addListener(change -> {
                seen.add(change);
                threads.add(Thread.currentThread().getName());
                // Reading back from the listener proves delivery happens after commit and outside the write lock.
                statesSeen.add(journal.findPayment(change.merchantPaymentId()).orElseThrow().state());
            });
            journal.insertPayment(qr("m-1", 500));
            journal.transition("m-1", CREATING, PaymentChange.to(AWAITING_PAYMENT));
            await().atMost(Duration.ofSeconds(5)).until(() -> seen.size() == 2);
            assertThat(seen).allSatisfy(c -> {
                assertThat(c.entity()).isEqualTo(JournalChange.Entity.PAYMENT);
                assertThat(c.merchantPaymentId()).isEqualTo("m-1");
            });
            assertThat(statesSeen).last().isEqualTo(AWAITING_PAYMENT);
            assertThat(threads).doesNotContain(Thread.currentThread().getName());

            subscription.close();
            journal.insertPayment(qr("m-2", 500));
            List<JournalChange> later = new CopyOnWriteArrayList<>();
            journal.addListener(later::add);
            journal.insertPayment(qr("m-3", 500));
            await().atMost(Duration.ofSeconds(5)).until(() -> later.size() == 1);
            assertThat(seen).hasSize(2);
            await().atMost(Duration.ofSeconds(5)).until(() -> log.all().contains("listener bug"));
        }

        @Test
        @DisplayName("a stale transition publishes nothing")
        void staleIsSilent() {
            List<JournalChange> seen = new CopyOnWriteArrayList<>();
            journal.insertPayment(qr("m-1", 500));
            journal.addListener(seen::add);
            journal.transition("m-1", COMPLETED, PaymentChange.to(PaymentState.REFUNDED));
            journal.insertPayment(qr("m-2", 500));
            await().atMost(Duration.ofSeconds(5)).until(() -> !seen.isEmpty());
            assertThat(seen).extracting(JournalChange::merchantPaymentId).containsExactly("m-2");
        }
    }
}
