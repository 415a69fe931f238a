package dev.kaikei.journal;

/** Where a receipt went: the receipt printer, a PDF file, plain text (terminal), or a system printer. */
public enum PrintOutput {
    PRINTER,
    PDF,
    TEXT,
    SYSTEM
}
