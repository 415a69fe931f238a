package dev.kaikei.ui.common;

/** The audible cues of a checkout, so shop and customer both hear the outcome. */
public interface Sound {

    /** The payment is confirmed by PayPay. */
    void paid();

    /** The payment was declined, expired or failed. */
    void failed();

    /** Plays nothing: for tests and for terminals with sound turned off. */
    static Sound silent() {
        return new Sound() {
            @Override
            public void paid() {
            }

            @Override
            public void failed() {
            }
        };
    }
}
