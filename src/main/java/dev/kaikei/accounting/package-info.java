/**
 * Accounting export: a day's sales, per tender and tax rate, and refunds as journal entries (仕訳) in the import
 * formats freee and Money Forward document. No JavaFX; reads nothing itself.
 */
package dev.kaikei.accounting;
