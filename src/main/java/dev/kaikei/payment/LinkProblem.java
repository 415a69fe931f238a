package dev.kaikei.payment;

/** Why an account link could not be started or completed; each has its own message (and UI text). */
public enum LinkProblem {
    /** No account-link return page is set (paypay.linkRedirectUrl): PayPay needs one, and there is no default. */
    RETURN_PAGE_NOT_SET,
    /** The reference or phone is empty, too long or otherwise not acceptable. */
    INVALID_INPUT,
    /** Another customer with this reference is linked (unlink it first). */
    DUPLICATE_REFERENCE,
    /** PayPay refused to open the link session. */
    PAYPAY_REFUSED,
    /** PayPay did not answer; nothing was linked, try again. */
    PAYPAY_UNREACHABLE,
    /** Not a token at all (wrong text pasted, cut short). */
    MALFORMED,
    /** The token's signature does not match its content: altered, or not signed with this merchant's secret. */
    TAMPERED,
    /** The token is not HS256 (e.g. {@code alg: none}). */
    UNSUPPORTED_ALGORITHM,
    /** The token has expired. */
    EXPIRED,
    /** The token is for another merchant or was not issued by PayPay. */
    WRONG_MERCHANT,
    /** The token's nonce matches no link request of this shop that is still waiting. */
    WRONG_NONCE,
    /** The customer declined (or PayPay could not complete) the link. */
    DECLINED,
    /** This PayPay account is already linked to another customer of the shop. */
    ALREADY_LINKED,
    /** Kaikei's API secret cannot verify tokens (not base64): a configuration problem. */
    CONFIGURATION
}
