package dev.kaikei.receipt;

/**
 * Where printed receipts go: an ESC/POS receipt printer (over the network or a device file), which takes ESC/POS
 * bytes, or a system printer, which takes the PDF receipt ({@link #takesPdf()}).
 */
public interface ReceiptPrinter {

    /**
     * Sends one receipt, in full, or fails; never waits longer than the printer's timeouts.
     *
     * @throws PrinterException if the printer is off, unreachable, out of paper, has its cover open or stops
     *                          taking data
     */
    void send(byte[] document) throws PrinterException;

    /** Whether it prints the PDF receipt rather than ESC/POS bytes. */
    default boolean takesPdf() {
        return false;
    }

    /** Where it is, for messages: {@code 192.168.1.50:9100}, {@code /dev/usb/lp0}. */
    String description();
}
