package dev.kaikei.opa;

import static dev.kaikei.opa.OpaServerFixture.envelope;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kaikei.opa.model.CreateQrCodeRequest;
import dev.kaikei.opa.model.MoneyAmount;
import dev.kaikei.opa.model.NoContent;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How requests go over the wire: connection reuse, framing, and answers of every status class. */
class OpaTransportTest {

    @RegisterExtension
    final OpaServerFixture fx = new OpaServerFixture();

    @Test
    @DisplayName("polls, POSTs, DELETEs and error answers all share one kept-alive connection")
    void reusesOneConnection() throws Exception {
        String payment = "{\"paymentId\":\"pp-1\",\"status\":\"CREATED\"}";
        fx.enqueue(200, envelope("SUCCESS", "08100001", payment));
        fx.enqueue(201, envelope("SUCCESS", "08100001", "{\"codeId\":\"c-1\"}"));
        fx.enqueue(400, envelope("DYNAMIC_QR_NOT_FOUND", "01652073", "null"));
        fx.enqueue(200, envelope("SUCCESS", "08100001", payment));
        fx.enqueue(200, envelope("SUCCESS", "08100001", "null"));

        assertThat(fx.client.getQrPaymentDetails("M-1").isSuccess()).isTrue();
        assertThat(fx.client.createQrCode(CreateQrCodeRequest.builder("M-2", MoneyAmount.yen(100)).build())
                .isSuccess()).isTrue();
        assertThat(fx.client.deleteQrCode("c-9")).isInstanceOf(OpaResult.Rejected.class);
        assertThat(fx.client.getQrPaymentDetails("M-1").isSuccess()).isTrue();
        OpaResult<NoContent> deleted = fx.client.deleteQrCode("c-1");
        assertThat(deleted.isSuccess()).isTrue();

        for (int exchange = 0; exchange < 5; exchange++) {
            RecordedRequest r = fx.take();
            assertThat(r.getConnectionIndex()).as("connection of request %d", exchange).isZero();
            assertThat(r.getExchangeIndex()).isEqualTo(exchange);
            assertThat(fx.signatureProblem(r)).isNull();
        }
    }

    @Test
    @DisplayName("after the whole request arrived and the connection dropped, a poll is resent once (a GET is"
            + " idempotent); a POST never is")
    void onlyIdempotentCallsAreResent() throws Exception {
        String payment = "{\"paymentId\":\"pp-1\",\"status\":\"COMPLETED\"}";
        fx.server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        fx.enqueue(200, envelope("SUCCESS", "08100001", payment));
        assertThat(fx.client.getQrPaymentDetails("M-1").isSuccess()).isTrue();
        assertThat(fx.server.getRequestCount()).isEqualTo(2);

        fx.server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
        fx.enqueue(201, envelope("SUCCESS", "08100001", "{\"codeId\":\"c-1\"}"));
        assertThat(fx.client.createQrCode(CreateQrCodeRequest.builder("M-2", MoneyAmount.yen(100)).build()))
                .isInstanceOf(OpaResult.Unknown.class);
        assertThat(fx.server.getRequestCount()).as("the POST was sent once").isEqualTo(3);
    }

    @Test
    @DisplayName("a POST carries exactly the signed bytes with their length and content type")
    void postFraming() throws Exception {
        fx.enqueue(201, envelope("SUCCESS", "08100001", "{\"codeId\":\"c-1\"}"));
        fx.client.createQrCode(CreateQrCodeRequest.builder("M-2", MoneyAmount.yen(100)).build());
        RecordedRequest r = fx.take();
        assertThat(r.getHeaders().get("Content-Type")).isEqualTo(RequestSigner.JSON_CONTENT_TYPE);
        assertThat(r.getHeaders().get("Content-Length")).isEqualTo(Long.toString(r.getBodySize()));
        assertThat(r.getHeaders().get("Transfer-Encoding")).isNull();
        assertThat(fx.signatureProblem(r)).isNull();
    }
}
