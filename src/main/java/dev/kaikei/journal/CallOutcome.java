package dev.kaikei.journal;

/** The three-way classification of every PayPay response (DESIGN money-safety rule 2). */
public enum CallOutcome {
    SUCCESS, REJECTED, UNKNOWN
}
