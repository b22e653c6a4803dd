package jp.kenpo.faq.personalization;

import java.time.LocalDate;

/** The day the member asks about (default today in Asia/Tokyo): the rules' notion of "now". */
public final class AsOf {

    private final LocalDate date;

    public AsOf(LocalDate date) {
        this.date = date;
    }

    public LocalDate getDate() {
        return date;
    }
}
