package jp.kenpo.faq.api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The {@code asOf} day of a request: an ISO date, or today in Japan. */
final class AsOfReader {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private AsOfReader() {
    }

    /** @throws InvalidFieldsException when the text is not a date */
    static LocalDate read(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return LocalDate.now(JAPAN);
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldsException(List.of(new Problem.FieldError("asOf", "must be a date in the form YYYY-MM-DD")));
        }
    }
}
