package dev.kaikei.accounting;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a journal entry (仕訳) as both accounting products import it: a debit and a credit of the same amount,
 * with their tax categories (税区分) and the consumption tax included in the amount. Lines with the same date and
 * voucher number form one entry.
 *
 * @param voucher        the entry's number (伝票番号 / 取引No), 1, 2, … in the file
 * @param debitAccount   借方勘定科目, e.g. 現金
 * @param debitSub       借方補助科目, may be empty
 * @param debitTaxLabel  借方税区分 as the product names it, e.g. 対象外
 * @param creditAccount  貸方勘定科目, e.g. 売上高
 * @param creditSub      貸方補助科目, may be empty
 * @param creditTaxLabel 貸方税区分, e.g. 課税売上10%
 * @param amount         yen, tax included (税込経理)
 * @param tax            the consumption tax inside {@code amount}, on the side the tax category applies to
 * @param taxOnDebit     true when the tax belongs to the debit side (a refund: 売上高 is debited)
 * @param memo           摘要
 */
public record EntryLine(LocalDate date, int voucher, String debitAccount, String debitSub, String debitTaxLabel,
                        String creditAccount, String creditSub, String creditTaxLabel, long amount, long tax,
                        boolean taxOnDebit, String memo) {

    public EntryLine {
        Objects.requireNonNull(date, "date");
        if (voucher < 1) {
            throw new IllegalArgumentException("voucher numbers start at 1");
        }
        if (amount < 0 || tax < 0 || tax > amount) {
            throw new IllegalArgumentException("an entry needs 0 ≤ tax ≤ amount (got " + tax + " of " + amount + ")");
        }
    }
}
