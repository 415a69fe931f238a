package dev.kaikei.receipt;

import dev.kaikei.journal.ReceiptVariant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which receipt to issue: a payment's receipt, or the return receipt of its refund ({@code returnOf} = the refund's
 * merchant id) or cancel ({@code returnOf} = {@value #CANCEL}); a reprint or not; receipt or 領収書; in which language.
 * A sale paid in cash alone has no payment: it is named by {@code cashSaleId} (then {@code merchantPaymentId} is null).
 */
public record ReceiptRequest(String merchantPaymentId, Optional<String> returnOf, ReceiptVariant variant,
                             boolean reprint, String addressee, String purpose, Locale locale, long cashSaleId) {

    /** {@code returnOf} for the return receipt of a cancel. */
    public static final String CANCEL = "cancel";
    /** The longest 宛名 or 但し書き. */
    public static final int MAX_TEXT = 64;

    public ReceiptRequest {
        if ((merchantPaymentId == null) == (cashSaleId < 1)) {
            throw new IllegalArgumentException("a receipt is for a payment or for a cash sale, not both or neither");
        }
        Objects.requireNonNull(returnOf, "returnOf");
        if (cashSaleId > 0 && returnOf.isPresent()) {
            throw new IllegalArgumentException("a cash refund's return receipt is issued with the refund");
        }
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(locale, "locale");
        addressee = addressee == null ? "" : addressee.strip();
        purpose = purpose == null ? "" : purpose.strip();
        if (addressee.length() > MAX_TEXT || purpose.length() > MAX_TEXT) {
            throw new IllegalArgumentException("the addressee and the purpose are at most " + MAX_TEXT
                    + " characters each");
        }
        if (variant == ReceiptVariant.RECEIPT && !(addressee.isEmpty() && purpose.isEmpty())) {
            throw new IllegalArgumentException("an addressee and a purpose belong on a 領収書 (ryoshusho)");
        }
    }

    /** The receipt of a paid payment. */
    public static ReceiptRequest sale(String merchantPaymentId, Locale locale) {
        return new ReceiptRequest(merchantPaymentId, Optional.empty(), ReceiptVariant.RECEIPT, false, "", "", locale,
                0);
    }

    /** The receipt of a sale paid in cash alone (no PayPay payment). */
    public static ReceiptRequest cashSale(long saleId, Locale locale) {
        if (saleId < 1) {
            throw new IllegalArgumentException("no sale " + saleId);
        }
        return new ReceiptRequest(null, Optional.empty(), ReceiptVariant.RECEIPT, false, "", "", locale, saleId);
    }

    /** The return receipt of a refund (its merchant refund id) or of the cancel ({@value #CANCEL}). */
    public static ReceiptRequest returnOf(String merchantPaymentId, String refundIdOrCancel, Locale locale) {
        return new ReceiptRequest(merchantPaymentId, Optional.of(refundIdOrCancel), ReceiptVariant.RECEIPT, false,
                "", "", locale, 0);
    }

    public ReceiptRequest asReprint() {
        return new ReceiptRequest(merchantPaymentId, returnOf, variant, true, addressee, purpose, locale, cashSaleId);
    }

    /** As a 領収書 with an addressee (宛名) and purpose (但し書き), each may be blank. */
    public ReceiptRequest asRyoshusho(String to, String forWhat) {
        return new ReceiptRequest(merchantPaymentId, returnOf, ReceiptVariant.RYOSHUSHO, reprint, to, forWhat,
                locale, cashSaleId);
    }
}
