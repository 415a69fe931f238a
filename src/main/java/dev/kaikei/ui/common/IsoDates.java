package dev.kaikei.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.util.StringConverter;

/** Business days shown and typed as {@code 2026-03-01} in both languages: unambiguous, and what the CSV uses. */
public final class IsoDates {

    public static final StringConverter<LocalDate> CONVERTER = new StringConverter<>() {
        @Override
        public String toString(LocalDate date) {
            return date == null ? "" : date.toString();
        }

        @Override
        public LocalDate fromString(String text) {
            try {
                return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    };

    private IsoDates() {
    }
}
