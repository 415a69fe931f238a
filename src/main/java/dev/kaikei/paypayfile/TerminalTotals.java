package dev.kaikei.paypayfile;

/**
 * PayPay's and the journal's figures for one store and terminal of a matched file.
 *
 * @param storeId       null when the lines carry none
 * @param storeName     the name PayPay has registered for the store (店舗名), null if the file has none
 * @param terminalId    null when the lines carry none
 * @param paypayLines   the file's lines of this terminal
 * @param paypayTotal   their money total (sales minus refunds)
 * @param journalTotal  the journal's total of the same
 * @param differences   how many differences concern this terminal
 */
public record TerminalTotals(String storeId, String storeName, String terminalId, int paypayLines, long paypayTotal,
                             long journalTotal, int differences) {
}
