package dev.kaikei.receipt;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where receipts print ({@code printer.type}). */
public enum PrinterType {
    /** No receipt printer: receipts as PDF or text only. */
    NONE("none"),
    /** An ESC/POS printer on the network, raw TCP ({@code printer.address=host:port}). */
    ESCPOS_TCP("escpos-tcp"),
    /** An ESC/POS printer behind a device file ({@code printer.address=/dev/usb/lp0}). */
    ESCPOS_DEVICE("escpos-device"),
    /** A printer of the operating system, through its print dialog (the PDF receipt). */
    SYSTEM("system");

    private final String configValue;

    PrinterType(String configValue) {
        this.configValue = configValue;
    }

    /** As written in the settings file. */
    public String configValue() {
        return configValue;
    }

    /** The allowed values, for messages: {@code none | escpos-tcp | escpos-device | system}. */
    public static String allowed() {
        return Arrays.stream(values()).map(PrinterType::configValue).collect(Collectors.joining(" | "));
    }

    /**
     * The type named in the settings.
     *
     * @throws IllegalArgumentException for any other value
     */
    public static PrinterType parse(String value) {
        for (PrinterType t : values()) {
            if (t.configValue.equals(value.strip().toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new IllegalArgumentException("printer type is '" + value + "'; allowed: " + allowed());
    }
}
