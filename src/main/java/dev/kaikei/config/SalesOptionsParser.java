package dev.kaikei.config;

import dev.kaikei.receipt.AutoPrint;
import dev.kaikei.receipt.PaperWidth;
import dev.kaikei.receipt.PrinterSettings;
import dev.kaikei.receipt.PrinterType;
import dev.kaikei.receipt.RegistrationNumber;
import dev.kaikei.sale.TaxPolicy;
import dev.kaikei.sale.TaxPricing;
import dev.kaikei.sale.TaxRounding;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Reads and checks the tax, receipt and printer keys; every problem names its key and the allowed values. */
final class SalesOptionsParser {

    static final int MAX_ADDRESS = 80;
    static final int MAX_PHONE = 24;

    private SalesOptionsParser() {
    }

    /** @param quickKeys the quick-keys file next to the settings file */
    static SalesOptions parse(Function<String, Optional<String>> value, Path quickKeys, List<Problem> problems) {
        TaxPricing pricing = choice(value, ConfigKeys.TAX_PRICING, "inclusive | exclusive", TaxPricing.INCLUSIVE,
                problems, v -> TaxPricing.valueOf(v.toUpperCase(Locale.ROOT)));
        TaxRounding rounding = choice(value, ConfigKeys.TAX_ROUNDING, "down | half-up | up", TaxRounding.DOWN,
                problems, v -> TaxRounding.valueOf(v.toUpperCase(Locale.ROOT).replace('-', '_')));
        String address = text(value, ConfigKeys.STORE_ADDRESS, MAX_ADDRESS, problems);
        String phone = text(value, ConfigKeys.STORE_PHONE, MAX_PHONE, problems);
        Optional<RegistrationNumber> number = Optional.empty();
        Optional<String> rawNumber = value.apply(ConfigKeys.RECEIPT_REGISTRATION_NUMBER);
        if (rawNumber.isPresent()) {
            try {
                number = Optional.of(RegistrationNumber.parse(rawNumber.get()));
            } catch (IllegalArgumentException e) {
                problems.add(Problem.of(ConfigKeys.RECEIPT_REGISTRATION_NUMBER, "is wrong: " + e.getMessage()
                        + "; leave it empty if the shop is not a registered invoice issuer"));
            }
        }
        return new SalesOptions(new TaxPolicy(pricing, rounding), address, phone, number, printer(value, problems),
                Optional.of(quickKeys));
    }

    private static PrinterSettings printer(Function<String, Optional<String>> value, List<Problem> problems) {
        PrinterType type = choice(value, ConfigKeys.PRINTER_TYPE, PrinterType.allowed(), PrinterType.NONE, problems,
                PrinterType::parse);
        String address = value.apply(ConfigKeys.PRINTER_ADDRESS).orElse("");
        if (type == PrinterType.ESCPOS_TCP && !address.matches("[A-Za-z0-9._-]+(:[0-9]{1,5})?")) {
            problems.add(Problem.of(ConfigKeys.PRINTER_ADDRESS, "is '" + address + "'; printer.type=escpos-tcp needs"
                    + " host:port, e.g. 192.168.1.50:9100 (port 9100 if left out)"));
        } else if (type == PrinterType.ESCPOS_TCP && address.contains(":")
                && Integer.parseInt(address.substring(address.lastIndexOf(':') + 1)) > 65_535) {
            problems.add(Problem.of(ConfigKeys.PRINTER_ADDRESS, "has port "
                    + address.substring(address.lastIndexOf(':') + 1) + "; allowed: 1-65535"));
        } else if (type == PrinterType.ESCPOS_DEVICE && address.isEmpty()) {
            problems.add(Problem.of(ConfigKeys.PRINTER_ADDRESS, "is empty; printer.type=escpos-device needs the"
                    + " device file, e.g. /dev/usb/lp0"));
        }
        PaperWidth paper = choice(value, ConfigKeys.PRINTER_PAPER_WIDTH, "58 | 80", PaperWidth.MM_80, problems,
                v -> PaperWidth.ofMillimetres(Integer.parseInt(v)));
        AutoPrint auto = choice(value, ConfigKeys.PRINTER_AUTO_PRINT, "always | ask | never", AutoPrint.ASK,
                problems, AutoPrint::parse);
        boolean pulse = choice(value, ConfigKeys.PRINTER_DRAWER_PULSE, "true | false", false, problems, v -> {
            if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                throw new IllegalArgumentException(v);
            }
            return Boolean.parseBoolean(v);
        });
        Optional<Path> logo = Optional.empty();
        Optional<String> rawLogo = value.apply(ConfigKeys.RECEIPT_LOGO);
        if (rawLogo.isPresent()) {
            try {
                Path p = Path.of(rawLogo.get());
                if (Files.isReadable(p)) {
                    logo = Optional.of(p);
                } else {
                    problems.add(Problem.of(ConfigKeys.RECEIPT_LOGO, "is '" + rawLogo.get()
                            + "', which is not a readable file; allowed: a PNG or JPEG picture"));
                }
            } catch (InvalidPathException e) {
                problems.add(Problem.of(ConfigKeys.RECEIPT_LOGO, "is not a valid file path: " + e.getMessage()));
            }
        }
        return new PrinterSettings(type, address, paper, auto, pulse, logo);
    }

    private static String text(Function<String, Optional<String>> value, String key, int max, List<Problem> problems) {
        String text = value.apply(key).orElse("");
        if (text.length() > max) {
            problems.add(Problem.of(key, "must be at most " + max + " characters (got " + text.length() + ")"));
            return "";
        }
        return text;
    }

    private static <T> T choice(Function<String, Optional<String>> value, String key, String allowed, T unset,
                                List<Problem> problems, Function<String, T> parse) {
        Optional<String> raw = value.apply(key);
        if (raw.isEmpty()) {
            return unset;
        }
        try {
            return parse.apply(raw.get().strip());
        } catch (IllegalArgumentException e) {
            problems.add(Problem.of(key, "is '" + raw.get() + "'; allowed: " + allowed));
            return unset;
        }
    }
}
