package dev.kaikei.journal;

/**
 * What to change on an operation after a response; null fields are left as they are. An optional {@link PaymentChange}
 * is applied to the operation's payment in the same transaction (e.g. refund SUCCEEDED and payment REFUNDED).
 *
 * @param state         new state, or null to keep it
 * @param paypayStatus  PayPay's status of the operation
 * @param resultCode    PayPay's result code
 * @param lastRequestId X-REQUEST-ID of the response
 * @param payment       change to the payment, or null
 */
public record OperationChange(OperationState state, String paypayStatus, String resultCode, String lastRequestId,
                              PaymentChange payment) {

    public OperationChange {
        Check.text("paypayStatus", paypayStatus, 64);
        Check.text("resultCode", resultCode, 64);
        Check.text("lastRequestId", lastRequestId, 64);
    }

    public static OperationChange to(OperationState state) {
        return new OperationChange(Check.required("state", state), null, null, null, null);
    }

    public OperationChange withPaypayStatus(String status) {
        return new OperationChange(state, status, resultCode, lastRequestId, payment);
    }

    public OperationChange withResultCode(String code) {
        return new OperationChange(state, paypayStatus, code, lastRequestId, payment);
    }

    public OperationChange withRequestId(String requestId) {
        return new OperationChange(state, paypayStatus, resultCode, requestId, payment);
    }

    public OperationChange withPayment(PaymentChange change) {
        return new OperationChange(state, paypayStatus, resultCode, lastRequestId, change);
    }
}
