package dev.kaikei.receipt;

import dev.kaikei.sale.QuickKey;
import dev.kaikei.sale.TaxRounding;
import java.util.Objects;

/**
 * What receipts need from the settings.
 *
 * @param store          issuer, registration number, terminal
 * @param printer        the receipt printer
 * @param rounding       how the tax of a partial refund is rounded per rate
 * @param keypadDepartment the department a payment taken without lines (older journals) is receipted under
 */
public record ReceiptSettings(StoreDetails store, PrinterSettings printer, TaxRounding rounding,
                              QuickKey keypadDepartment) {

    public ReceiptSettings {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(rounding, "rounding");
        Objects.requireNonNull(keypadDepartment, "keypadDepartment");
    }
}
