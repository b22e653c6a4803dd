package jp.kenpo.faq.personalization;

import java.time.LocalDate;

/**
 * 基準日: the day the notice's data was taken (5-1), and the matching birth-date limit for a printed
 * copay ratio (7-1 ※2). A rule result.
 */
public final class ReferenceDate {

    private final LocalDate date;
    private final LocalDate elderlyBirthLimit;

    public ReferenceDate(LocalDate date, LocalDate elderlyBirthLimit) {
        this.date = date;
        this.elderlyBirthLimit = elderlyBirthLimit;
    }

    public LocalDate getDate() {
        return date;
    }

    /** Born on or before this day, a member had a 高齢受給者証 on the reference date (昭和29年8月1日 / 9月1日). */
    public LocalDate getElderlyBirthLimit() {
        return elderlyBirthLimit;
    }
}
