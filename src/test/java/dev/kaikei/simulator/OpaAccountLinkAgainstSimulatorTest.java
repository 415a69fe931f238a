package dev.kaikei.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaikei.opa.Credentials;
import dev.kaikei.opa.OpaClientConfig;
import dev.kaikei.opa.OpaResult;
import dev.kaikei.opa.PayPayClient;
import dev.kaikei.opa.RetryPolicy;
import dev.kaikei.opa.Timeouts;
import dev.kaikei.opa.accountlink.AccountLinkTokenValidator;
import dev.kaikei.opa.accountlink.TokenValidationException;
import dev.kaikei.opa.model.AccountLinkRequest;
import dev.kaikei.opa.model.CreatePaymentRequest;
import dev.kaikei.opa.model.MoneyAmount;
import dev.kaikei.opa.model.PaymentStatus;
import dev.kaikei.opa.model.PreAuthorizeRequest;
import dev.kaikei.opa.model.UserAuthorization;
import dev.kaikei.opa.model.UserAuthorizationStatus;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The seed guide's native operations not covered elsewhere, through the app's PayPayClient over HTTP. */
@DisplayName("PayPayClient: user authorization status, declined/expired link tokens, native pre-authorize")
class OpaAccountLinkAgainstSimulatorTest extends SimulatorFixture {

    private PayPayClient opa;
    private AccountLinkTokenValidator validator;

    @BeforeEach
    void startClient() {
        Credentials credentials = Credentials.of(sim.apiKey(), sim.apiSecret(), sim.merchantId());
        opa = new PayPayClient(OpaClientConfig.builder(credentials).baseUrl(sim.baseUri().toString())
                .clock(sim.clock()).timeouts(Timeouts.all(Duration.ofSeconds(2))).retryPolicy(RetryPolicy.NONE)
                .build());
        validator = new AccountLinkTokenValidator(credentials, sim.clock());
    }

    @AfterEach
    void stopClient() {
        opa.close();
    }

    private String session(String nonce) {
        String url = opa.createAccountLinkQrSession(AccountLinkRequest.directDebit(nonce, "https://shop.example/cb",
                "member-1")).successData().orElseThrow().linkQrCodeUrl();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    @Test
    @DisplayName("status is ACTIVE after the link and INACTIVE after unlink; an unknown id is rejected")
    void userAuthorizationStatus() throws Exception {
        String token = sim.approveLink(session("n-1")).responseToken();
        String user = validator.validate(token, "n-1").userAuthorizationId();
        UserAuthorization active = opa.getUserAuthorizationStatus(user).successData().orElseThrow();
        assertThat(active.status()).isEqualTo(UserAuthorizationStatus.ACTIVE);
        assertThat(active.scopes()).containsExactly("direct_debit");
        assertThat(active.referenceIds()).containsExactly("member-1");

        assertThat(opa.unlinkUser(user).isSuccess()).isTrue();
        assertThat(opa.getUserAuthorizationStatus(user).successData().orElseThrow().status())
                .isEqualTo(UserAuthorizationStatus.INACTIVE);
        assertThat(opa.getUserAuthorizationStatus("no-such-user")).isInstanceOfSatisfying(OpaResult.Rejected.class,
                r -> assertThat(r.code()).isEqualTo("INVALID_USER_AUTHORIZATION_ID"));
    }

    @Test
    @DisplayName("a declined link and an expired token are refused by the validator")
    void declinedAndExpired() {
        String declined = sim.declineLink(session("n-2")).responseToken();
        assertThatThrownBy(() -> validator.validate(declined, "n-2")).isInstanceOfSatisfying(
                TokenValidationException.class,
                e -> assertThat(e.reason()).isEqualTo(TokenValidationException.Reason.DECLINED));
        String approved = sim.approveLink(session("n-3")).responseToken();
        sim.clock().advance(Duration.ofSeconds(301));
        assertThatThrownBy(() -> validator.validate(approved, "n-3")).isInstanceOfSatisfying(
                TokenValidationException.class,
                e -> assertThat(e.reason()).isEqualTo(TokenValidationException.Reason.EXPIRED));
    }

    @Test
    @DisplayName("preAuthorize authorizes a linked user's payment, seen AUTHORIZED on /v2/payments/{id}")
    void preAuthorize() throws Exception {
        String user = validator.validate(sim.approveLink(session("n-4")).responseToken(), "n-4")
                .userAuthorizationId();
        CreatePaymentRequest payment = CreatePaymentRequest.of("pa-1", user, MoneyAmount.yen(3000), "deposit");
        assertThat(opa.preAuthorize(new PreAuthorizeRequest(payment, null)).successData().orElseThrow().status())
                .isEqualTo(PaymentStatus.AUTHORIZED);
        assertThat(opa.getPaymentDetails("pa-1").successData().orElseThrow().status())
                .isEqualTo(PaymentStatus.AUTHORIZED);
        CreatePaymentRequest similar = CreatePaymentRequest.of("pa-2", user, MoneyAmount.yen(3000), "deposit");
        assertThat(opa.preAuthorize(new PreAuthorizeRequest(similar, null))).isInstanceOfSatisfying(
                OpaResult.Rejected.class, r -> assertThat(r.code()).isEqualTo("SUSPECTED_DUPLICATE_PAYMENT"));
        assertThat(opa.preAuthorize(new PreAuthorizeRequest(similar, null), true).isSuccess()).isTrue();
    }
}
