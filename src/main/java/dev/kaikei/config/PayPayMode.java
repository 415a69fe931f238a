package dev.kaikei.config;

/** Which PayPay the app talks to: the built-in simulator (the default, needs no keys) or one of PayPay's environments. */
public enum PayPayMode {
    SIMULATOR,
    STAGING,
    PROD,
    PERF;

    /** Whether money is real: production needs the strictest checks and shows no training watermark. */
    public boolean isProduction() {
        return this == PROD;
    }
}
