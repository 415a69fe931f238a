package dev.kaikei.opa.model;

/**
 * Body of {@code POST /v2/payments} (a direct-debit charge of a linked user) and, with an expiry, of
 * {@code POST /v2/payments/preauthorize}. A null requestedAt is filled from the client's clock.
 */
public record CreatePaymentRequest(
        String merchantPaymentId,
        String userAuthorizationId,
        MoneyAmount amount,
        Long requestedAt,
        String storeId,
        String terminalId,
        String orderReceiptNumber,
        String orderDescription,
        String productType) implements Timestamped<CreatePaymentRequest> {

    public static CreatePaymentRequest of(String merchantPaymentId, String userAuthorizationId, MoneyAmount amount,
                                          String orderDescription) {
        return new CreatePaymentRequest(merchantPaymentId, userAuthorizationId, amount, null, null, null, null,
                orderDescription, null);
    }

    public CreatePaymentRequest withStore(String storeId, String terminalId) {
        return new CreatePaymentRequest(merchantPaymentId, userAuthorizationId, amount, requestedAt, storeId,
                terminalId, orderReceiptNumber, orderDescription, productType);
    }

    @Override
    public CreatePaymentRequest withRequestedAt(long epochSecond) {
        return new CreatePaymentRequest(merchantPaymentId, userAuthorizationId, amount, epochSecond, storeId,
                terminalId, orderReceiptNumber, orderDescription, productType);
    }
}
