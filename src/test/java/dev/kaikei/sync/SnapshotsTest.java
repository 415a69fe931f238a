package dev.kaikei.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kaikei.journal.OperationKind;
import dev.kaikei.journal.OperationRecord;
import dev.kaikei.journal.OperationState;
import dev.kaikei.journal.PaymentKind;
import dev.kaikei.journal.PaymentRecord;
import dev.kaikei.journal.PaymentState;
import dev.kaikei.sync.wire.SyncedOperation;
import dev.kaikei.sync.wire.SyncedPayment;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("What a till tells HQ about its journal rows")
class SnapshotsTest {

    private static final Instant T = Instant.parse("2026-11-02T01:00:00Z");

    static PaymentRecord payment(PaymentKind kind, PaymentState state) {
        return new PaymentRecord(7, "K-20261102-abc", kind, 1200, "latte", "S1", "T1", "customer-42",
                "user-auth-secret-ish", "code-9", "https://qr.example/x", "paypay://deeplink", T.plusSeconds(300),
                "pp-1", state, "COMPLETED", T, T, T.plusSeconds(5), "request-id-1", null, 0, 0);
    }

    @ParameterizedTest
    @EnumSource(PaymentState.class)
    @DisplayName("every payment state of the journal travels by its own name")
    void paymentStates(PaymentState state) {
        assertThat(Snapshots.payment(payment(PaymentKind.QR, state)).state().name()).isEqualTo(state.name());
    }

    @ParameterizedTest
    @EnumSource(PaymentKind.class)
    @DisplayName("every payment kind of the journal travels by its own name")
    void paymentKinds(PaymentKind kind) {
        assertThat(Snapshots.payment(payment(kind, PaymentState.COMPLETED)).kind().name()).isEqualTo(kind.name());
    }

    @ParameterizedTest
    @EnumSource(OperationState.class)
    @DisplayName("every operation state and kind of the journal travels by its own name")
    void operations(OperationState state) {
        for (OperationKind kind : OperationKind.values()) {
            SyncedOperation o = Snapshots.operation(new OperationRecord(3, 7, "K-1", kind,
                    kind.hasMerchantId() ? "K-1-r" : null, 200, "reason", state, null, null, T, T, "rq"));
            assertThat(o.state().name()).isEqualTo(state.name());
            assertThat(o.kind().name()).isEqualTo(kind.name());
            assertThat(o.refundYen()).isEqualTo(kind == OperationKind.REFUND && state == OperationState.SUCCEEDED
                    ? 200 : 0);
        }
    }

    @Test
    @DisplayName("no customer reference, PayPay user, QR url, deeplink or request id leaves the till")
    void nothingAboutTheCustomer() throws Exception {
        SyncedPayment p = Snapshots.payment(payment(PaymentKind.NATIVE, PaymentState.COMPLETED));

        String json = new ObjectMapper().writeValueAsString(p);

        assertThat(json).doesNotContain("customer-42", "user-auth-secret-ish", "qr.example", "deeplink",
                "request-id-1", "code-9");
        assertThat(json).contains("\"kind\":\"NATIVE\"", "\"state\":\"COMPLETED\"", "\"saleYen\":1200");
    }
}
