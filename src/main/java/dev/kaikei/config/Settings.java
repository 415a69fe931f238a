package dev.kaikei.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The validated settings Kaikei runs with. Instances only come out of {@link SettingsLoader}, so a {@code Settings}
 * is never half-configured. {@link #toString()} masks the secret.
 *
 * @param mode                which PayPay to talk to
 * @param baseUrl             explicit API base URL, overriding the mode's default host
 * @param apiKey              PayPay API key (empty in simulator mode: the embedded simulator makes its own)
 * @param apiSecret           PayPay API secret, masked when printed
 * @param merchantId          PayPay merchant id, sent as {@code X-ASSUME-MERCHANT}
 * @param storeName           shown on both screens and sent as store info
 * @param terminalId          this terminal's id: part of every merchant id and sent to PayPay for reconciliation
 * @param journalPath         the SQLite journal file
 * @param pollIntervalSeconds how often a pending payment is polled (2–5 s)
 * @param locale              UI language (ja or en)
 * @param source              where the settings came from, for messages (a file path or "defaults")
 * @param warnings            non-fatal problems worth telling the operator (e.g. a world-readable secret file)
 * @param managerPinHash      the manager PIN's hash ({@link ManagerPin}); empty = no PIN set yet
 * @param preAuthEnabled      the cashier may pre-authorize (capture or revert later from History)
 * @param customerScreen      the screen index of the customer display; empty = the first non-primary screen
 * @param counter             kiosk mode, sounds, spoken amount and daily backups
 * @param storeId             PayPay's storeId, sent with every payment (shows in PayPay's reports); empty = not sent
 * @param linkRedirectUrl     where PayPay sends the customer after an account link; empty = Kaikei's default page
 * @param sales               tax pricing and rounding, invoice details and the receipt printer
 * @param hq                  the back office this till syncs to; empty = no sync
 */
public record Settings(
        PayPayMode mode,
        Optional<URI> baseUrl,
        String apiKey,
        Secret apiSecret,
        String merchantId,
        String storeName,
        String terminalId,
        Path journalPath,
        int pollIntervalSeconds,
        Locale locale,
        String source,
        List<String> warnings,
        Optional<String> managerPinHash,
        boolean preAuthEnabled,
        OptionalInt customerScreen,
        CounterOptions counter,
        Optional<String> storeId,
        Optional<URI> linkRedirectUrl,
        SalesOptions sales,
        Optional<HqLink> hq) {

    public Settings {
        sales = sales == null ? SalesOptions.defaults() : sales;
        warnings = List.copyOf(warnings);
        counter = counter == null ? CounterOptions.defaults() : counter;
        managerPinHash = managerPinHash == null ? Optional.empty() : managerPinHash;
        customerScreen = customerScreen == null ? OptionalInt.empty() : customerScreen;
        storeId = storeId == null ? Optional.empty() : storeId;
        linkRedirectUrl = linkRedirectUrl == null ? Optional.empty() : linkRedirectUrl;
        hq = hq == null ? Optional.empty() : hq;
    }

    /**
     * Settings without the back-office options: no manager PIN, no pre-auth, customer display auto-detected, no PayPay
     * storeId, the default account-link redirect.
     */
    public Settings(PayPayMode mode, Optional<URI> baseUrl, String apiKey, Secret apiSecret, String merchantId,
                    String storeName, String terminalId, Path journalPath, int pollIntervalSeconds, Locale locale,
                    String source, List<String> warnings) {
        this(mode, baseUrl, apiKey, apiSecret, merchantId, storeName, terminalId, journalPath, pollIntervalSeconds,
                locale, source, warnings, Optional.empty(), false, OptionalInt.empty(), CounterOptions.defaults(),
                Optional.empty(), Optional.empty(), SalesOptions.defaults(), Optional.empty());
    }

    /** Like the record's own, but the PIN hash only shows as set or not: a 4-digit PIN falls to its hash quickly. */
    @Override
    public String toString() {
        return "Settings[mode=" + mode + ", baseUrl=" + baseUrl.map(URI::toString).orElse("(default)") + ", apiKey="
                + apiKey + ", apiSecret=" + apiSecret + ", merchantId=" + merchantId + ", linkRedirectUrl="
                + linkRedirectUrl.map(URI::toString).orElse("(default)") + ", storeName=" + storeName + ", storeId="
                + storeId.orElse("(none)") + ", terminalId=" + terminalId + ", journalPath=" + journalPath
                + ", pollIntervalSeconds=" + pollIntervalSeconds + ", locale=" + locale + ", source=" + source
                + ", managerPin="
                + (managerPinHash.isPresent() ? "(set)" : "(not set)") + ", preAuthEnabled=" + preAuthEnabled
                + ", customerScreen=" + (customerScreen.isPresent() ? customerScreen.getAsInt() : "auto") + ", kiosk="
                + counter.kiosk() + ", soundEnabled=" + counter.soundEnabled() + ", voiceEnabled="
                + counter.voiceEnabled() + ", backupDir=" + counter.backupDirFor(journalPath) + ", backupKeepDays="
                + counter.backupKeepDays() + ", sales=" + sales + ", hq="
                + hq.map(h -> h.url() + " (token " + h.token() + ")").orElse("(none)") + "]";
    }

    public boolean isSimulator() {
        return mode == PayPayMode.SIMULATOR;
    }

    /** A copy with other PayPay credentials, used when the embedded simulator hands out its generated keys. */
    public Settings withCredentials(URI newBaseUrl, String newApiKey, Secret newSecret, String newMerchantId) {
        return new Settings(mode, Optional.of(newBaseUrl), newApiKey, newSecret, newMerchantId, storeName, terminalId,
                journalPath, pollIntervalSeconds, locale, source, warnings, managerPinHash, preAuthEnabled,
                customerScreen, counter, storeId, linkRedirectUrl, sales, hq);
    }

    public Settings withJournalPath(Path path) {
        return new Settings(mode, baseUrl, apiKey, apiSecret, merchantId, storeName, terminalId, path,
                pollIntervalSeconds, locale, source, warnings, managerPinHash, preAuthEnabled, customerScreen, counter,
                storeId, linkRedirectUrl, sales, hq);
    }

    public Settings withCounter(CounterOptions newCounter) {
        return new Settings(mode, baseUrl, apiKey, apiSecret, merchantId, storeName, terminalId, journalPath,
                pollIntervalSeconds, locale, source, warnings, managerPinHash, preAuthEnabled, customerScreen,
                newCounter, storeId, linkRedirectUrl, sales, hq);
    }
}
