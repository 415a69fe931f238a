package dev.kaikei.journal;

/**
 * A print about to be made of a receipt.
 *
 * @param output    where it goes
 * @param variant   receipt or 領収書
 * @param reprint   whether it is marked 再発行
 * @param addressee 宛名 (領収書 only, optional, ≤ 64)
 * @param purpose   但し書き (領収書 only, optional, ≤ 64)
 * @param state     SENDING for the print queue, DONE for an output already made
 */
public record NewPrint(PrintOutput output, ReceiptVariant variant, boolean reprint, String addressee, String purpose,
                       PrintState state) {

    public NewPrint {
        Check.required("output", output);
        Check.required("variant", variant);
        Check.required("state", state);
        Check.text("addressee", addressee, 64);
        Check.text("purpose", purpose, 64);
        if (variant == ReceiptVariant.RECEIPT && (addressee != null || purpose != null)) {
            throw new IllegalArgumentException("an addressee and a purpose belong on a 領収書 only");
        }
    }
}
