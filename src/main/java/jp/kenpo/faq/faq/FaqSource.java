package jp.kenpo.faq.faq;

import java.time.LocalDate;

/**
 * The document the corpus was taken from, as {@code corpus.yaml} names it, so that every answer can say how
 * old its text is.
 *
 * @param title     the FAQ's title
 * @param createdOn the day the FAQ was written (作成日)
 */
public record FaqSource(String title, LocalDate createdOn) {

    /** For a corpus that does not say where it comes from. */
    public static final FaqSource UNKNOWN = new FaqSource("", null);
}
