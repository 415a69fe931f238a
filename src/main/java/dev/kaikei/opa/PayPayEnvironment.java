package dev.kaikei.opa;

/** The PayPay API gateways of the current official spec (paypay-api.md §11); a base URL override can replace them. */
public enum PayPayEnvironment {
    STAGING("https://apigw.sandbox.paypay.ne.jp"),
    PROD("https://apigw.paypay.ne.jp"),
    PERF("https://perf-apigw.paypay.ne.jp");

    private final String baseUrl;

    PayPayEnvironment(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }
}
