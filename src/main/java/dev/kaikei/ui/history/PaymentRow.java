package dev.kaikei.ui.history;

/**
 * One payment as a list shows it, ready to display.
 *
 * @param merchantPaymentId the journal's id (selects the detail)
 * @param stateKey          the journal state name, for styling
 * @param paypayId          PayPay's payment id shortened to its last characters, or empty
 */
public record PaymentRow(String merchantPaymentId, String time, String amount, String description, String state,
                         String stateKey, String paypayId) {
}
