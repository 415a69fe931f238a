package dev.kaikei.opa.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The created dynamic QR code: {@code codeId} (to delete it), {@code url}/{@code deeplink} and {@code expiryDate}. */
public record QrCode(
        String codeId,
        String url,
        String deeplink,
        Long expiryDate,
        String merchantPaymentId,
        MoneyAmount amount,
        String orderDescription,
        String codeType,
        String storeInfo,
        String storeId,
        String terminalId,
        Long requestedAt,
        String redirectUrl,
        String redirectType,
        @JsonProperty("isAuthorization") Boolean isAuthorization,
        Long authorizationExpiry) {
}
