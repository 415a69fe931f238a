package dev.kaikei.journal;

import java.util.List;

/**
 * The outcome of matching one PayPay transaction file against the journal, about to be kept.
 *
 * @param fileName           the file's name (no directories)
 * @param fileSha256         the hex SHA-256 of the file's bytes, so the same file is recognised later
 * @param format             which of PayPay's layouts it was
 * @param day                the business day the file covers
 * @param lineCount          its data lines
 * @param otherTerminalLines lines of terminals this journal does not keep (another till's), not matched here
 * @param paypayTotal        PayPay's money total of this journal's terminals (sales minus refunds)
 * @param journalTotal       the journal's total of the same
 * @param differences        what differed, in file order then journal order
 */
public record NewFileMatch(String fileName, String fileSha256, PayPayFileFormat format, BusinessDay day,
                           int lineCount, int otherTerminalLines, long paypayTotal, long journalTotal,
                           List<FileDifference> differences) {

    public NewFileMatch {
        Check.requiredText("fileName", fileName);
        Check.requiredText("fileSha256", fileSha256);
        Check.required("format", format);
        Check.required("day", day);
        Check.notNegative("lineCount", lineCount);
        Check.notNegative("otherTerminalLines", otherTerminalLines);
        differences = List.copyOf(Check.required("differences", differences));
    }
}
