package dev.kaikei.journal;

/**
 * The layouts of PayPay's daily transaction ("recon") file (paypay-api.md §12.1): the instant-payment file with the
 * 13th column 支払い詳細 (v2) or without it (v1, 12 columns), and the pre-auth file with English headers.
 */
public enum PayPayFileFormat {
    INSTANT_V1,
    INSTANT_V2,
    PREAUTH;

    public boolean isPreAuth() {
        return this == PREAUTH;
    }
}
