package dev.kaikei.opa.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST /v2/codes}. Only merchantPaymentId and amount are required; a null requestedAt is filled from
 * the client's clock. Build with {@link #builder(String, MoneyAmount)}.
 */
public record CreateQrCodeRequest(
        String merchantPaymentId,
        MoneyAmount amount,
        String orderDescription,
        String storeInfo,
        String storeId,
        String terminalId,
        Long requestedAt,
        @JsonProperty("isAuthorization") Boolean isAuthorization,
        Long authorizationExpiry,
        String redirectUrl,
        RedirectType redirectType,
        String userAgent) implements Timestamped<CreateQrCodeRequest> {

    public static final String ORDER_QR = "ORDER_QR";

    /** Always {@code ORDER_QR}, the only code type of the Dynamic QR API. */
    @JsonProperty("codeType")
    public String codeType() {
        return ORDER_QR;
    }

    @Override
    public CreateQrCodeRequest withRequestedAt(long epochSecond) {
        return new CreateQrCodeRequest(merchantPaymentId, amount, orderDescription, storeInfo, storeId, terminalId,
                epochSecond, isAuthorization, authorizationExpiry, redirectUrl, redirectType, userAgent);
    }

    public static Builder builder(String merchantPaymentId, MoneyAmount amount) {
        return new Builder(merchantPaymentId, amount);
    }

    /** Fluent construction of the many optional fields. */
    public static final class Builder {
        private final String merchantPaymentId;
        private final MoneyAmount amount;
        private String orderDescription;
        private String storeInfo;
        private String storeId;
        private String terminalId;
        private Long requestedAt;
        private Boolean isAuthorization;
        private Long authorizationExpiry;
        private String redirectUrl;
        private RedirectType redirectType;
        private String userAgent;

        private Builder(String merchantPaymentId, MoneyAmount amount) {
            this.merchantPaymentId = merchantPaymentId;
            this.amount = amount;
        }

        public Builder orderDescription(String v) {
            orderDescription = v;
            return this;
        }

        public Builder storeInfo(String v) {
            storeInfo = v;
            return this;
        }

        public Builder storeId(String v) {
            storeId = v;
            return this;
        }

        public Builder terminalId(String v) {
            terminalId = v;
            return this;
        }

        public Builder requestedAt(long epochSecond) {
            requestedAt = epochSecond;
            return this;
        }

        /** A pre-auth QR: the payment ends AUTHORIZED and is captured later; expiry in epoch seconds, or null. */
        public Builder authorization(Long authorizationExpiryEpochSecond) {
            isAuthorization = Boolean.TRUE;
            authorizationExpiry = authorizationExpiryEpochSecond;
            return this;
        }

        public Builder redirect(String url, RedirectType type) {
            redirectUrl = url;
            redirectType = type;
            return this;
        }

        public Builder userAgent(String v) {
            userAgent = v;
            return this;
        }

        public CreateQrCodeRequest build() {
            return new CreateQrCodeRequest(merchantPaymentId, amount, orderDescription, storeInfo, storeId,
                    terminalId, requestedAt, isAuthorization, authorizationExpiry, redirectUrl, redirectType,
                    userAgent);
        }
    }
}
