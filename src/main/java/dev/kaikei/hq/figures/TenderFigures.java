package dev.kaikei.hq.figures;

/**
 * Sales of one tender in a period.
 *
 * @param tender     the PayPay payment kind the tills record (QR, NATIVE, QR_PREAUTH, NATIVE_PREAUTH), or CASH: the
 *                   cash tenders of sales rung up with items
 * @param salesCount payments that took money (cash: tenders)
 * @param salesYen   their yen, before cancels and refunds
 */
public record TenderFigures(String tender, long salesCount, long salesYen) {
}
