package dev.kaikei.receipt;

/** A receipt printer that takes ESC/POS bytes: over the network or through a device file. */
public interface ReceiptPrinter {

    /**
     * Sends one receipt, in full, or fails; never waits longer than the printer's timeouts.
     *
     * @throws PrinterException if the printer is off, unreachable, out of paper, has its cover open or stops
     *                          taking data
     */
    void send(byte[] escPos) throws PrinterException;

    /** Where it is, for messages: {@code 192.168.1.50:9100}, {@code /dev/usb/lp0}. */
    String description();
}
