package dev.kaikei.opa.model;

/** Whether a linked user's wallet covers an amount ({@code GET /v2/wallet/check_balance}). */
public record WalletBalance(boolean hasEnoughBalance) {
}
