package jp.kenpo.faq.personalization;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a member types it in a chat: {@code 2010年4月1日}, {@code 2010/4/1}, {@code 20100401}, 和暦 ({@code 平成22年4月},
 * {@code R6.9.14}, {@code 令和元年}), or only a year or a month. What was not said stays open, so the result is the range
 * of days the text allows: 「2010年から加入」 is any day of 2010. Two-digit years without an era are not read: 「10年」 may
 * be 2010, 平成10年 or ten years.
 *
 * @param first the first day the text allows
 * @param last  the last day the text allows
 */
public record TypedDate(LocalDate first, LocalDate last) {

    private static final String ERAS = "令和|平成|昭和|大正|r|h|s|t";
    private static final Pattern ERA_DATE =
            Pattern.compile("(" + ERAS + ")(元|\\d{1,2})(?:年|[./-])(?:(\\d{1,2})(?:月|[./-])(?:(\\d{1,2})日?)?)?");
    private static final Pattern WESTERN_DATE =
            Pattern.compile("(?<!\\d)(\\d{4})(?:年|[./-])(?:(\\d{1,2})(?:月|[./-])?(?:(\\d{1,2})日?)?)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)");

    /** The days a text names, or empty when it names no date (or an impossible one). */
    public static Optional<TypedDate> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("\\s+", "");
        try {
            Matcher era = ERA_DATE.matcher(plain);
            if (era.find()) {
                int year = eraStart(era.group(1)) - 1 + ("元".equals(era.group(2)) ? 1 : Integer.parseInt(era.group(2)));
                return Optional.of(of(year, era.group(3), era.group(4)));
            }
            Matcher compact = COMPACT_DATE.matcher(plain);
            if (compact.find()) {
                return Optional.of(of(Integer.parseInt(compact.group(1)), compact.group(2), compact.group(3)));
            }
            Matcher western = WESTERN_DATE.matcher(plain);
            if (western.find()) {
                return Optional.of(of(Integer.parseInt(western.group(1)), western.group(2), western.group(3)));
            }
        } catch (DateTimeException impossible) {
            // 2024年2月30日 names no day: better asked again than read as some other day
        }
        return Optional.empty();
    }

    /** Whether every day the text allows is on or before {@code day}. */
    public boolean allOnOrBefore(LocalDate day) {
        return !last.isAfter(day);
    }

    /** Whether every day the text allows is on or after {@code day}. */
    public boolean allOnOrAfter(LocalDate day) {
        return !first.isBefore(day);
    }

    private static TypedDate of(int year, String month, String day) {
        if (month == null) {
            return new TypedDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        YearMonth yearMonth = YearMonth.of(year, Integer.parseInt(month));
        if (day == null) {
            return new TypedDate(yearMonth.atDay(1), yearMonth.atEndOfMonth());
        }
        LocalDate date = yearMonth.atDay(Integer.parseInt(day));
        return new TypedDate(date, date);
    }

    /** The western year of an era's first year (元年). */
    private static int eraStart(String era) {
        return switch (era) {
            case "令和", "r" -> 2019;
            case "平成", "h" -> 1989;
            case "昭和", "s" -> 1926;
            default -> 1912;
        };
    }
}
