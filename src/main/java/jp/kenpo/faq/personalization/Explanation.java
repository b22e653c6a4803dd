package jp.kenpo.faq.personalization;

import java.util.List;

/**
 * A statement for the member, in the FAQ's own polite register, with the items it comes from. A rule result.
 *
 * @param code   stable identifier of the statement, e.g. {@code NOT_ENROLLED_ON_REFERENCE_DATE}
 * @param text   the statement in Japanese
 * @param faqIds the FAQ items (項番) it follows from
 */
public record Explanation(String code, String text, List<String> faqIds) {

    public Explanation(String code, String text, String... faqIds) {
        this(code, text, List.of(faqIds));
    }
}
