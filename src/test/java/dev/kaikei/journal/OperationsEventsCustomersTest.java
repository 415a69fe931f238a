package dev.kaikei.journal;

import static dev.kaikei.journal.JournalFixture.T0;
import static dev.kaikei.journal.JournalFixture.count;
import static dev.kaikei.journal.JournalFixture.qr;
import static dev.kaikei.journal.JournalFixture.raw;
import static dev.kaikei.journal.OperationState.ACCEPTED;
import static dev.kaikei.journal.OperationState.PENDING;
import static dev.kaikei.journal.OperationState.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Operations, events and customers")
class OperationsEventsCustomersTest extends JournalTestSupport {

    private void completed(String id, long amount) {
        journal.insertPayment(qr(id, amount));
        journal.transition(id, PaymentState.CREATING, PaymentChange.to(PaymentState.COMPLETED)
                .withPaypayPaymentId("pp-" + id).withPaypayStatus("COMPLETED"));
    }

    @Nested
    @DisplayName("operations")
    class Operations {

        @Test
        @DisplayName("a refund is PENDING, then ACCEPTED, then SUCCEEDED with the payment REFUNDED in one transaction")
        void refundLifecycle() {
            completed("m-1", 1000);
            OperationRecord op = journal.insertOperation(NewOperation.refund("m-1", "r-1", 400, "wrong item"),
                    Set.of(PaymentState.COMPLETED)).orElseThrow();
            assertThat(op).extracting(OperationRecord::state, OperationRecord::merchantPaymentId,
                    OperationRecord::amount, OperationRecord::kind)
                    .containsExactly(PENDING, "m-1", 400L, OperationKind.REFUND);
            assertThat(journal.nonFinalOperations()).containsExactly(op);

            journal.updateOperation(op.id(), PENDING, OperationChange.to(ACCEPTED).withPaypayStatus("CREATED")
                    .withResultCode("SUCCESS").withRequestId("req-9")).orElseThrow();
            assertThat(journal.findPayment("m-1").orElseThrow().refundedTotal()).isZero();

            OperationRecord done = journal.updateOperation(op.id(), ACCEPTED, OperationChange.to(SUCCEEDED)
                    .withPaypayStatus("REFUNDED").withPayment(PaymentChange.to(PaymentState.PARTIALLY_REFUNDED)))
                    .orElseThrow();
            assertThat(done).extracting(OperationRecord::state, OperationRecord::paypayStatus,
                    OperationRecord::resultCode, OperationRecord::lastRequestId)
                    .containsExactly(SUCCEEDED, "REFUNDED", "SUCCESS", "req-9");
            PaymentRecord payment = journal.findPayment("m-1").orElseThrow();
            assertThat(payment.state()).isEqualTo(PaymentState.PARTIALLY_REFUNDED);
            assertThat(payment.refundedTotal()).isEqualTo(400);
            assertThat(journal.nonFinalOperations()).isEmpty();
            assertThat(journal.operationsFor("m-1")).containsExactly(done);
            assertThat(journal.findOperationByMerchantId("r-1")).contains(done);
        }

        @Test
        @DisplayName("a stale expected state changes neither the operation nor its payment")
        void staleOperation() {
            completed("m-1", 1000);
            OperationRecord op = journal.insertOperation(NewOperation.cancel("m-1"));
            assertThat(journal.updateOperation(op.id(), ACCEPTED, OperationChange.to(SUCCEEDED)
                    .withPayment(PaymentChange.to(PaymentState.CANCELED)))).isEmpty();
            assertThat(journal.findOperation(op.id()).orElseThrow().state()).isEqualTo(PENDING);
            assertThat(journal.findPayment("m-1").orElseThrow().state()).isEqualTo(PaymentState.COMPLETED);
        }

        @Test
        @DisplayName("captures add up to capturedAmount")
        void capture() {
            journal.insertPayment(new NewPayment("m-1", PaymentKind.NATIVE_PREAUTH, 3000, null, null, null, null,
                    "ua-1"));
            journal.transition("m-1", PaymentState.CREATING, PaymentChange.to(PaymentState.AUTHORIZED));
            OperationRecord op = journal.insertOperation(NewOperation.capture("m-1", "c-1", 2500, "order"));
            journal.updateOperation(op.id(), PENDING, OperationChange.to(SUCCEEDED)
                    .withPayment(PaymentChange.to(PaymentState.COMPLETED)));
            PaymentRecord p = journal.findPayment("m-1").orElseThrow();
            assertThat(p.capturedAmount()).isEqualTo(2500);
            assertThat(p.saleAmount()).isEqualTo(2500);
        }

        @Test
        @DisplayName("is not journaled when the payment is in another state")
        void guard() throws Exception {
            completed("m-1", 1000);
            assertThat(journal.insertOperation(NewOperation.refund("m-1", "r-1", 100, null),
                    EnumSet.of(PaymentState.AUTHORIZED))).isEmpty();
            assertThat(count(file, "operations")).isZero();
        }

        @Test
        @DisplayName("a reused merchant refund id or a bad amount is refused and nothing written")
        void refused() throws Exception {
            completed("m-1", 1000);
            journal.insertOperation(NewOperation.refund("m-1", "r-1", 100, null));
            assertThatThrownBy(() -> journal.insertOperation(NewOperation.refund("m-1", "r-1", 100, null)))
                    .isInstanceOf(DuplicateIdException.class).hasMessageContaining("r-1");
            assertThatThrownBy(() -> journal.insertOperation(NewOperation.refund("m-1", "r-2", 0, null)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("amount");
            assertThatThrownBy(() -> journal.insertOperation(NewOperation.refund("m-1", "bad id!", 10, null)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("merchantOperationId");
            assertThatThrownBy(() -> journal.insertOperation(NewOperation.refund("nope", "r-3", 10, null)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
            assertThat(count(file, "operations")).isEqualTo(1);
        }
    }

    @Nested
    @DisplayName("events")
    class Events {

        private CallEvent event(String op, String merchantId, CallOutcome outcome) {
            return new CallEvent(clock.instant(), op, merchantId, 200, "SUCCESS", "08100001", outcome, 42, "req-1",
                    null);
        }

        @Test
        @DisplayName("are listed for a payment with the events of its operations, oldest first")
        void eventsForPayment() {
            completed("m-1", 1000);
            completed("m-2", 1000);
            journal.insertOperation(NewOperation.refund("m-1", "r-1", 100, null));
            journal.appendEvent(event("createQr", "m-1", CallOutcome.SUCCESS));
            journal.appendEvent(event("createQr", "m-2", CallOutcome.SUCCESS));
            journal.appendEvent(new CallEvent(clock.instant(), "refund", "r-1", 0, null, null, CallOutcome.UNKNOWN,
                    30_000, null, "read timeout"));
            journal.appendEvent(event("cancel", "m-1", CallOutcome.REJECTED));
            assertThat(journal.eventsFor("m-1")).extracting(CallEvent::operation)
                    .containsExactly("createQr", "refund", "cancel");
            assertThat(journal.eventsFor("m-1").get(1)).extracting(CallEvent::httpStatus, CallEvent::outcome,
                    CallEvent::note).containsExactly(0, CallOutcome.UNKNOWN, "read timeout");
            assertThat(journal.recentEvents(2)).extracting(CallEvent::operation).containsExactly("refund", "cancel");
        }

        @ParameterizedTest
        @ValueSource(strings = {"UPDATE events SET note = 'x'", "DELETE FROM events"})
        @DisplayName("cannot be changed or deleted, even with raw SQL")
        void appendOnly(String sql) throws Exception {
            journal.appendEvent(event("createQr", "m-1", CallOutcome.SUCCESS));
            try (Connection c = raw(file); Statement st = c.createStatement()) {
                assertThatThrownBy(() -> st.executeUpdate(sql)).isInstanceOf(SQLException.class)
                        .hasMessageContaining("append-only");
            }
            assertThat(count(file, "events")).isEqualTo(1);
        }

        @Test
        @DisplayName("with a too long note or a negative latency are refused")
        void badEvent() {
            assertThatThrownBy(() -> new CallEvent(T0, "x", null, 0, null, null, CallOutcome.UNKNOWN, 1, null,
                    "n".repeat(256))).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("note");
            assertThatThrownBy(() -> new CallEvent(T0, "x", null, 0, null, null, CallOutcome.UNKNOWN, -1, null,
                    null)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("latencyMs");
        }
    }

    @Nested
    @DisplayName("customers")
    class Customers {

        @Test
        @DisplayName("go LINKING -> LINKED -> UNLINKED, and the reference is free again after unlinking")
        void lifecycle() {
            CustomerRecord c = journal.insertCustomer("会員-001", "090-1234-5678", "nonce-1");
            assertThat(c.status()).isEqualTo(CustomerStatus.LINKING);
            assertThat(journal.findCustomerByNonce("nonce-1")).contains(c);
            CustomerRecord linked = journal.markCustomerLinked(c.id(), "ua-1");
            assertThat(linked).extracting(CustomerRecord::status, CustomerRecord::userAuthorizationId,
                    CustomerRecord::linkNonce).containsExactly(CustomerStatus.LINKED, "ua-1", null);
            assertThatThrownBy(() -> journal.insertCustomer("会員-001", null, "nonce-2"))
                    .isInstanceOf(DuplicateIdException.class).hasMessageContaining("会員-001");
            assertThatThrownBy(() -> journal.deleteCustomer(c.id())).isInstanceOf(IllegalStateException.class);
            journal.markCustomerUnlinked(c.id());
            CustomerRecord again = journal.insertCustomer("会員-001", null, "nonce-2");
            assertThat(journal.findCustomerByReference("会員-001")).contains(again);
            // PayPay reissues the same user's id when they link again: the unlinked row gives it up.
            assertThat(journal.markCustomerLinked(again.id(), "ua-1").userAuthorizationId()).isEqualTo("ua-1");
            assertThat(journal.findCustomer(c.id()).orElseThrow().userAuthorizationId()).isNull();
            assertThat(journal.customers()).hasSize(2);
            // A customer still linked keeps theirs: linking it to someone else is a duplicate.
            CustomerRecord other = journal.insertCustomer("会員-002", null, "nonce-3");
            assertThatThrownBy(() -> journal.markCustomerLinked(other.id(), "ua-1"))
                    .isInstanceOf(DuplicateIdException.class);
        }

        @Test
        @DisplayName("can be renamed and deleted")
        void renameAndDelete() {
            CustomerRecord a = journal.insertCustomer("A", null, null);
            journal.insertCustomer("B", null, null);
            assertThatThrownBy(() -> journal.updateCustomerContact(a.id(), "B", null))
                    .isInstanceOf(DuplicateIdException.class);
            assertThat(journal.updateCustomerContact(a.id(), "C", "03-1111").reference()).isEqualTo("C");
            journal.deleteCustomer(a.id());
            assertThat(journal.findCustomer(a.id())).isEmpty();
            assertThatThrownBy(() -> journal.insertCustomer(" ", null, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("reference");
        }
    }
}
