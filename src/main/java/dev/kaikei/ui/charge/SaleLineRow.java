package dev.kaikei.ui.charge;

/** One line of the sale on the Charge screen, ready to show; {@code reduced} marks food at 8% (※). */
public record SaleLineRow(String name, String quantity, String amount, boolean reduced) {
}
