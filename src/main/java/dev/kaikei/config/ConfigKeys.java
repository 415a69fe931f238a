package dev.kaikei.config;

import java.util.List;
import java.util.Locale;

/** The names of every setting, and the rule that maps a key to its environment variable. */
public final class ConfigKeys {

    public static final String ENV = "paypay.env";
    public static final String BASE_URL = "paypay.baseUrl";
    public static final String API_KEY = "paypay.apiKey";
    public static final String API_SECRET = "paypay.apiSecret";
    public static final String MERCHANT_ID = "paypay.merchantId";
    /** Where PayPay sends the customer's browser after an account link (the session's {@code redirectUrl}). */
    public static final String LINK_REDIRECT_URL = "paypay.linkRedirectUrl";
    public static final String STORE_NAME = "store.name";
    /** PayPay's {@code storeId}: optional, shows in PayPay's reconciliation reports (shops with several branches). */
    public static final String STORE_ID = "store.id";
    public static final String TERMINAL_ID = "terminal.id";
    public static final String JOURNAL_PATH = "journal.path";
    public static final String POLL_INTERVAL = "poll.intervalSeconds";
    public static final String LOCALE = "locale";
    /** The manager PIN as {@link ManagerPin#hash} stores it; never the PIN itself. */
    public static final String MANAGER_PIN_HASH = "manager.pinHash";
    public static final String PRE_AUTH_ENABLED = "checkout.preAuthEnabled";
    /** The customer display: {@code auto} or a screen index (0 = the first screen). */
    public static final String CUSTOMER_SCREEN = "display.customerScreen";
    /** How the cashier window takes its screen: {@code auto}, {@code window}, {@code maximized} or {@code fullscreen}. */
    public static final String WINDOW_MODE = "display.window";

    /** Full screen without window decorations; leaving it and Settings need the manager PIN. */
    public static final String KIOSK_ENABLED = "kiosk.enabled";
    public static final String SOUND_ENABLED = "sound.enabled";
    /** Speak the amount received after a payment. */
    public static final String VOICE_ENABLED = "voice.enabled";
    /** The folder of the daily journal backups (default: {@code backups} next to the journal). */
    public static final String BACKUP_DIR = "backup.dir";
    public static final String BACKUP_KEEP_DAYS = "backup.keepDays";
    /** The back office this till pushes its journal to (kaikei hq serve), e.g. https://hq.example.jp. */
    public static final String HQ_URL = "hq.url";
    /** The terminal token {@code kaikei hq terminal add} printed for this till. */
    public static final String HQ_TOKEN = "hq.token";

    /** Invoice registration number printed on receipts ({@code T} + 13 digits); empty for an unregistered shop. */
    public static final String RECEIPT_REGISTRATION_NUMBER = "receipt.registrationNumber";
    /** A PNG or JPEG printed at the top of receipts. */
    public static final String RECEIPT_LOGO = "receipt.logo";
    public static final String STORE_ADDRESS = "store.address";
    public static final String STORE_PHONE = "store.phone";
    /** {@code none | escpos-tcp | escpos-device | system}. */
    public static final String PRINTER_TYPE = "printer.type";
    /** {@code host:port} for escpos-tcp, a device file for escpos-device. */
    public static final String PRINTER_ADDRESS = "printer.address";
    public static final String PRINTER_PAPER_WIDTH = "printer.paperWidth";
    /** {@code always | ask | never}. */
    public static final String PRINTER_AUTO_PRINT = "printer.autoPrint";
    public static final String PRINTER_DRAWER_PULSE = "printer.drawerPulse";
    /** {@code inclusive | exclusive}. */
    public static final String TAX_PRICING = "tax.pricing";
    /** {@code down | half-up | up}. */
    public static final String TAX_ROUNDING = "tax.rounding";

    public static final List<String> ALL = List.of(ENV, BASE_URL, API_KEY, API_SECRET, MERCHANT_ID,
            LINK_REDIRECT_URL, STORE_NAME, STORE_ID, TERMINAL_ID, JOURNAL_PATH, POLL_INTERVAL, LOCALE,
            MANAGER_PIN_HASH, PRE_AUTH_ENABLED, CUSTOMER_SCREEN, WINDOW_MODE,
            KIOSK_ENABLED, SOUND_ENABLED, VOICE_ENABLED,
            BACKUP_DIR, BACKUP_KEEP_DAYS, RECEIPT_REGISTRATION_NUMBER, RECEIPT_LOGO, STORE_ADDRESS, STORE_PHONE,
            PRINTER_TYPE, PRINTER_ADDRESS, PRINTER_PAPER_WIDTH, PRINTER_AUTO_PRINT, PRINTER_DRAWER_PULSE, TAX_PRICING,
            TAX_ROUNDING, HQ_URL, HQ_TOKEN);

    private ConfigKeys() {
    }

    /** {@code paypay.apiSecret} → {@code KAIKEI_PAYPAY_API_SECRET}: dots and camel-case humps become underscores. */
    public static String environmentVariable(String key) {
        StringBuilder sb = new StringBuilder("KAIKEI_");
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '.' || c == '-') {
                sb.append('_');
            } else if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(key.charAt(i - 1))) {
                sb.append('_').append(c);
            } else {
                sb.append(Character.toUpperCase(c));
            }
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }
}
