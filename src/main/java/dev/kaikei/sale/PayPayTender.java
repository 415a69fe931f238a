package dev.kaikei.sale;

/**
 * The part of a sale paid with PayPay.
 *
 * @param amount            yen, ≥ 1
 * @param merchantPaymentId the payment's merchant-side id; null until the payment is journaled
 * @param paypayPaymentId   PayPay's own payment id once PayPay confirmed it (printed on the receipt), else null
 */
public record PayPayTender(long amount, String merchantPaymentId, String paypayPaymentId) implements Tender {

    public PayPayTender {
        if (amount < 1 || amount > Sale.MAX_TOTAL) {
            throw new IllegalArgumentException("a PayPay tender must be ¥1.." + Sale.MAX_TOTAL + " (got " + amount
                    + ")");
        }
    }

    @Override
    public TenderKind kind() {
        return TenderKind.PAYPAY;
    }
}
