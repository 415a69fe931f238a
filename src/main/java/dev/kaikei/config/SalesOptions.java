package dev.kaikei.config;

import dev.kaikei.receipt.PrinterSettings;
import dev.kaikei.receipt.RegistrationNumber;
import dev.kaikei.sale.TaxPolicy;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How the shop sells and issues receipts: tax pricing and rounding, the details an invoice needs (address, phone,
 * registration number) and the receipt printer.
 *
 * @param tax                inclusive or exclusive prices, and the rounding direction
 * @param storeAddress       printed under the store's name; may be empty
 * @param storePhone         printed under the address; may be empty
 * @param registrationNumber the invoice registration number ({@code T} + 13 digits) if the shop is registered
 * @param printer            the receipt printer
 * @param quickKeysFile      the quick-keys file, next to the settings file ({@value #QUICK_KEYS_FILE}); it may be
 *                           missing (no quick keys)
 */
public record SalesOptions(TaxPolicy tax, String storeAddress, String storePhone,
                           Optional<RegistrationNumber> registrationNumber, PrinterSettings printer,
                           Optional<Path> quickKeysFile) {

    /** The quick-keys file's name, in the folder of the settings file. */
    public static final String QUICK_KEYS_FILE = "quick-keys.txt";

    public SalesOptions {
        Objects.requireNonNull(tax, "tax");
        storeAddress = storeAddress == null ? "" : storeAddress.strip();
        storePhone = storePhone == null ? "" : storePhone.strip();
        Objects.requireNonNull(registrationNumber, "registrationNumber");
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(quickKeysFile, "quickKeysFile");
    }

    /** Tax included, rounded down; no address, phone or registration number; no receipt printer, no quick keys. */
    public static SalesOptions defaults() {
        return new SalesOptions(TaxPolicy.DEFAULT, "", "", Optional.empty(), PrinterSettings.none(), Optional.empty());
    }
}
