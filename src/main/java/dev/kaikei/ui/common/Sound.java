package dev.kaikei.ui.common;

/** The audible cues of a checkout, so shop and customer both hear the outcome. */
public interface Sound {

    /**
     * The payment is confirmed by PayPay.
     *
     * @param amountYen the amount received (for a spoken confirmation)
     */
    void paid(long amountYen);

    /** The payment was declined, expired or failed. */
    void failed();

    /**
     * These cues with any words in {@code messages}' language, for a live language switch; cues without words are
     * returned as they are.
     */
    default Sound inLanguageOf(Messages messages) {
        return this;
    }

    /** Plays nothing: for tests and for terminals with sound turned off ({@code sound.enabled=false}). */
    static Sound silent() {
        return new Sound() {
            @Override
            public void paid(long amountYen) {
            }

            @Override
            public void failed() {
            }
        };
    }
}
