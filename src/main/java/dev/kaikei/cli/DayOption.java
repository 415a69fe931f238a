package dev.kaikei.cli;

import dev.kaikei.journal.BusinessDay;
import java.time.Clock;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The {@code --date} option of commands about one business day; today in Asia/Tokyo when absent. */
final class DayOption {

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Business day (default: today in Asia/Tokyo).")
    LocalDate date;

    LocalDate day(Clock clock) {
        return date != null ? date : BusinessDay.today(clock).date();
    }
}
