package dev.kaikei.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Parses a business day as {@code YYYY-MM-DD} (ISO, strict: no 2024-02-30). */
final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date: use YYYY-MM-DD,"
                    + " e.g. 2025-06-30");
        }
    }
}
