package dev.kaikei.journal;

/** The everyday receipt (レシート), or a 領収書 with the customer's name (宛名) and what it was for (但し書き). */
public enum ReceiptVariant {
    RECEIPT,
    RYOSHUSHO
}
