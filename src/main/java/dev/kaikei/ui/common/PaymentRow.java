package dev.kaikei.ui.common;

import dev.kaikei.journal.PaymentState;

/**
 * One payment as a list shows it, ready to display.
 *
 * @param merchantPaymentId the journal's id (selects the detail)
 * @param stateText         the state in the UI's language
 * @param paymentState      the state itself, for styling
 * @param paypayId          PayPay's payment id shortened to its last characters, or empty
 */
public record PaymentRow(String merchantPaymentId, String time, String amount, String description, String stateText,
                         PaymentState paymentState, String paypayId) {
}
