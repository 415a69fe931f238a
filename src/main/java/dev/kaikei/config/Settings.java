package dev.kaikei.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
        List<String> warnings) {

    public Settings {
        warnings = List.copyOf(warnings);
    }

    public boolean isSimulator() {
        return mode == PayPayMode.SIMULATOR;
    }

    /** A copy with other PayPay credentials, used when the embedded simulator hands out its generated keys. */
    public Settings withCredentials(URI newBaseUrl, String newApiKey, Secret newSecret, String newMerchantId) {
        return new Settings(mode, Optional.of(newBaseUrl), newApiKey, newSecret, newMerchantId, storeName, terminalId,
                journalPath, pollIntervalSeconds, locale, source, warnings);
    }

    public Settings withJournalPath(Path path) {
        return new Settings(mode, baseUrl, apiKey, apiSecret, merchantId, storeName, terminalId, path,
                pollIntervalSeconds, locale, source, warnings);
    }
}
