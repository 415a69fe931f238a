package dev.kaikei.simulator;

import java.util.List;
import java.util.Optional;

/**
 * PayPay's side of the books at one moment: every order, refund, capture and revert the simulator holds, so tests can
 * compare it with the app's journal. Served as JSON by {@code GET /simulator/ledger}.
 */
public record Ledger(List<Payment> payments, List<Refund> refunds, List<Capture> captures, List<Revert> reverts) {

    /** An order: {@code kind} is QR, NATIVE or PREAUTH; {@code paymentId} is null until a QR code has been paid. */
    public record Payment(String kind, String merchantPaymentId, String paymentId, String codeId, String status,
                          long amount, long paidAmount, long refundedAmount, Long acceptedAt, Long canceledAt) {
    }

    public record Refund(String merchantRefundId, String paymentId, String merchantPaymentId, String status,
                         long amount, long acceptedAt) {
    }

    public record Capture(String merchantCaptureId, String paymentId, String merchantPaymentId, long amount,
                          long acceptedAt) {
    }

    public record Revert(String merchantRevertId, String paymentId, String merchantPaymentId, long acceptedAt) {
    }

    /** The order with this merchant payment id, if any. */
    public Optional<Payment> payment(String merchantPaymentId) {
        return payments.stream().filter(p -> p.merchantPaymentId().equals(merchantPaymentId)).findFirst();
    }
}
