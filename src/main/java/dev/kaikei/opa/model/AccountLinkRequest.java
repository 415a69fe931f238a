package dev.kaikei.opa.model;

import java.util.List;

/**
 * Body of {@code POST /v1/qr/sessions}: asks PayPay for an account-link QR. Keep {@code nonce}: the returned JWT must
 * carry it back (see {@code AccountLinkTokenValidator}).
 */
public record AccountLinkRequest(
        List<String> scopes,
        String nonce,
        RedirectType redirectType,
        String redirectUrl,
        String referenceId,
        String phoneNumber,
        String deviceId,
        String userAgent) {

    public static final String SCOPE_DIRECT_DEBIT = "direct_debit";

    public AccountLinkRequest {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    public static AccountLinkRequest directDebit(String nonce, String redirectUrl, String referenceId) {
        return new AccountLinkRequest(List.of(SCOPE_DIRECT_DEBIT), nonce, RedirectType.WEB_LINK, redirectUrl,
                referenceId, null, null, null);
    }
}
