package dev.kaikei.hq.figures;

/**
 * Sales of one tender in a period.
 *
 * @param tender     the payment kind the tills record (QR, NATIVE, QR_PREAUTH, NATIVE_PREAUTH)
 * @param salesCount payments that took money
 * @param salesYen   their yen, before cancels and refunds
 */
public record TenderFigures(String tender, long salesCount, long salesYen) {
}
