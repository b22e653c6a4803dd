package jp.kenpo.faq.personalization;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the FAQ writes them: 2024年8月31日, and birth dates in the Japanese era (昭和29年8月1日). */
public final class Wording {

    private static final DateTimeFormatter WESTERN = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.JAPAN);
    private static final DateTimeFormatter ERA = DateTimeFormatter.ofPattern("GGGGy年M月d日", Locale.JAPAN);

    private Wording() {}

    public static String date(LocalDate date) {
        return WESTERN.format(date);
    }

    public static String eraDate(LocalDate date) {
        return ERA.format(JapaneseDate.from(date));
    }
}
