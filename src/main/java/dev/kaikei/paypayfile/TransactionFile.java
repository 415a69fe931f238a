package dev.kaikei.paypayfile;

import dev.kaikei.journal.PayPayFileFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A PayPay transaction file read completely and checked line by line.
 *
 * @param name       the file name (no directories)
 * @param sha256     hex SHA-256 of its bytes
 * @param format     instant v1 / v2 or pre-auth
 * @param lines      its data lines in file order
 * @param dayInName  the day PayPay's file name says it covers ({@code transaction_<merchant>_<from>_<to>[_v2].csv}),
 *                   if the name follows that pattern
 */
public record TransactionFile(String name, String sha256, PayPayFileFormat format, List<TransactionLine> lines,
                              Optional<LocalDate> dayInName) {

    public TransactionFile {
        lines = List.copyOf(lines);
    }
}
