package dev.kaikei.opa.accountlink;

import dev.kaikei.opa.Credentials;
import java.time.Clock;

/**
 * Validates the HS256 {@code responseToken} PayPay returns after an account link (paypay-api.md §5): signature with the
 * base64-decoded API secret, expiry, result, nonce, audience (merchant id) and issuer. Thread-safe.
 */
public final class AccountLinkTokenValidator {

    public static final String ISSUER = "paypay.ne.jp";

    private final Credentials credentials;
    private final Clock clock;

    public AccountLinkTokenValidator(Credentials credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    /**
     * @param token         the {@code responseToken} query parameter
     * @param expectedNonce the nonce sent in the account-link request
     */
    public LinkedUser validate(String token, String expectedNonce) throws TokenValidationException {
        throw new UnsupportedOperationException("not yet");
    }
}
