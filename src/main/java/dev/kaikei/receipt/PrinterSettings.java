package dev.kaikei.receipt;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The receipt printer's settings.
 *
 * @param type        none, ESC/POS over TCP or a device file, or a system printer
 * @param address     {@code host:port} or a device path (ESC/POS types), else empty
 * @param paper       58 or 80 mm
 * @param autoPrint   print by itself when paid: always, ask, never
 * @param drawerPulse open the cash drawer with each sale's receipt
 * @param logo        a picture printed at the top, if any
 */
public record PrinterSettings(PrinterType type, String address, PaperWidth paper, AutoPrint autoPrint,
                              boolean drawerPulse, Optional<Path> logo) {

    public PrinterSettings {
        Objects.requireNonNull(type, "type");
        address = address == null ? "" : address.strip();
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(autoPrint, "autoPrint");
        Objects.requireNonNull(logo, "logo");
    }

    /** No printer, 80 mm, ask after each sale, no drawer, no logo. */
    public static PrinterSettings none() {
        return new PrinterSettings(PrinterType.NONE, "", PaperWidth.MM_80, AutoPrint.ASK, false, Optional.empty());
    }
}
