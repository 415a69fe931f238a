package dev.kaikei.opa.accountlink;

/** An account-link response token was refused; {@link #reason()} says why. Messages never contain the secret. */
public class TokenValidationException extends Exception {

    /** Each distinct way a token can be refused. */
    public enum Reason {
        MALFORMED,
        BAD_BASE64,
        BAD_JSON,
        UNSUPPORTED_ALGORITHM,
        BAD_SIGNATURE,
        EXPIRED,
        MISSING_EXPIRY,
        WRONG_ISSUER,
        WRONG_AUDIENCE,
        WRONG_NONCE,
        DECLINED,
        BAD_REQUEST,
        RESULT_NOT_SUCCEEDED,
        MISSING_USER_AUTHORIZATION_ID,
        /** The API secret is not base64, so no key can be derived to verify any token. */
        UNUSABLE_KEY
    }

    private final Reason reason;

    public TokenValidationException(Reason reason, String message) {
        super(reason + ": " + message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
