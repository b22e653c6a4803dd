package jp.kenpo.faq.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import jp.kenpo.faq.answer.Question;

/** The {@code asOf} day of a request: an ISO date, or today in Japan. */
final class AsOfReader {

    private AsOfReader() {}

    /** @throws InvalidFieldsException when the text is not a date */
    static LocalDate read(String asOf) {
        return read(asOf, Question.today());
    }

    /**
     * @param today the day in Japan as the caller already saw it (one request sees one day)
     * @throws InvalidFieldsException when the text is not a date
     */
    static LocalDate read(String asOf, LocalDate today) {
        if (asOf == null || asOf.isBlank()) {
            return today;
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldsException(
                    List.of(new Problem.FieldError("asOf", "must be a date in the form YYYY-MM-DD")));
        }
    }
}
