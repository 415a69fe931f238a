package dev.kaikei.selfcheck;

import dev.kaikei.config.PayPayMode;
import dev.kaikei.config.Settings;
import dev.kaikei.opa.Credentials;
import dev.kaikei.opa.OpaClientConfig;
import dev.kaikei.opa.OpaResult;
import dev.kaikei.opa.PayPayClient;
import dev.kaikei.opa.PayPayEnvironment;
import dev.kaikei.opa.RetryPolicy;
import dev.kaikei.opa.Timeouts;
import dev.kaikei.opa.model.PaymentDetails;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Settings screen's "Test connection": one signed, harmless request (the status of a made-up QR payment, which an
 * authenticated merchant gets back as {@code DYNAMIC_QR_PAYMENT_NOT_FOUND}) checks key, secret and merchant id, and
 * PayPay's {@code Date} header tells how far the terminal's clock is off (PayPay rejects signatures over 120 s).
 */
public final class PayPayConnectionCheck {

    private static final Logger LOG = LoggerFactory.getLogger(PayPayConnectionCheck.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final Duration timeout;

    /**
     * @param clock   the clock requests are signed with and compared to PayPay's (the app's clock)
     * @param timeout for each of the two requests
     */
    public PayPayConnectionCheck(Clock clock, Duration timeout) {
        this.clock = clock;
        this.timeout = timeout;
    }

    /** The system clock and 10 s per request. */
    public static PayPayConnectionCheck withDefaults() {
        return new PayPayConnectionCheck(Clock.systemUTC(), Duration.ofSeconds(10));
    }

    /** Runs both checks with {@code settings}' environment and credentials; blocks up to twice the timeout. */
    public SelfCheckReport run(Settings settings) {
        if (settings.mode() == PayPayMode.SIMULATOR) {
            return SelfCheckReport.notApplicable();
        }
        String baseUrl = settings.baseUrl().map(URI::toString)
                .orElseGet(() -> PayPayEnvironment.valueOf(settings.mode().name()).baseUrl());
        Optional<Duration> skew = measureSkew(baseUrl);
        SelfCheckReport.ClockCheck clockCheck = skew.map(SelfCheckReport::classify)
                .orElse(SelfCheckReport.ClockCheck.UNKNOWN);
        OpaResult<PaymentDetails> answer;
        try (PayPayClient client = new PayPayClient(OpaClientConfig.builder(Credentials.of(settings.apiKey(),
                        settings.apiSecret().reveal(), settings.merchantId()))
                .environment(PayPayEnvironment.valueOf(settings.mode().name()))
                .baseUrl(baseUrl)
                .timeouts(Timeouts.all(timeout))
                .retryPolicy(RetryPolicy.NONE)
                .clock(clock)
                .build())) {
            answer = client.getQrPaymentDetails("KaikeiSelfCheck-" + HexFormat.of().formatHex(randomBytes()));
        }
        SelfCheckReport report = new SelfCheckReport(classify(answer), clockCheck, skew, answer.httpStatus(),
                Optional.ofNullable(answer.code()), Optional.ofNullable(answer.requestId()));
        LOG.info("Connection self-check against {}: credentials {}, clock {} (skew {}), HTTP {} {}, request id {}",
                baseUrl, report.credentials(), report.clock(), skew.map(Duration::toString).orElse("unknown"),
                report.httpStatus(), report.resultCode().orElse("-"), report.requestId().orElse("-"));
        return report;
    }

    static SelfCheckReport.CredentialsCheck classify(OpaResult<?> answer) {
        if (answer instanceof OpaResult.Success<?>) {
            return SelfCheckReport.CredentialsCheck.ACCEPTED;
        }
        if (answer instanceof OpaResult.Rejected<?> r) {
            boolean auth = r.httpStatus() == 401 || r.httpStatus() == 403 || "UNAUTHORIZED".equals(r.code());
            return auth ? SelfCheckReport.CredentialsCheck.REJECTED : SelfCheckReport.CredentialsCheck.ACCEPTED;
        }
        return answer.httpStatus() == 0 ? SelfCheckReport.CredentialsCheck.UNREACHABLE
                : SelfCheckReport.CredentialsCheck.UNEXPECTED;
    }

    /** PayPay's time minus ours, from the {@code Date} header of a plain GET (the midpoint of the round trip). */
    private Optional<Duration> measureSkew(String baseUrl) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/")).timeout(timeout).GET().build();
        try {
            Instant sent = clock.instant();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            Instant received = clock.instant();
            Optional<String> date = response.headers().firstValue("Date");
            if (date.isEmpty()) {
                return Optional.empty();
            }
            Instant server = ZonedDateTime.parse(date.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Instant local = sent.plus(Duration.between(sent, received).dividedBy(2));
            // The header has whole seconds: count our time the same way, or a perfect clock reads up to 1 s slow.
            return Optional.of(Duration.between(local.minusMillis(local.toEpochMilli() % 1000), server));
        } catch (IOException | DateTimeParseException | IllegalArgumentException e) {
            LOG.info("Clock check against {} failed: {}", baseUrl, e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[8];
        RANDOM.nextBytes(b);
        return b;
    }
}
