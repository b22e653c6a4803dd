package jp.kenpo.faq.personalization;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * A statement for the member, in the FAQ's own polite register, with the items it comes from. A rule result.
 *
 * @param code   stable identifier of the statement, e.g. {@code NOT_ENROLLED_ON_REFERENCE_DATE}
 * @param text   the statement in Japanese
 * @param faqIds the FAQ items (項番) it follows from
 * @param scope  DAY when it holds for everyone on the day asked about (shown first, even without facts);
 *               MEMBER when it follows from the member's facts
 */
public record Explanation(String code, String text, List<String> faqIds, Scope scope) {

    /** What a statement depends on. */
    public enum Scope {
        /** the day alone: the current state for everyone, e.g. the old card is no longer valid */
        DAY,
        /** the member's facts */
        MEMBER
    }

    public Explanation {
        faqIds = List.copyOf(faqIds);
    }

    /** A statement from the member's facts. */
    public Explanation(String code, String text, String... faqIds) {
        this(code, text, List.of(faqIds), Scope.MEMBER);
    }

    /** Whether it holds for everyone on the day, without facts. */
    @JsonIgnore // the JSON says it as scope DAY; a second field for the same would only drift from it
    public boolean isDay() {
        return scope == Scope.DAY;
    }

    /** A statement that holds for everyone on the day asked about: it needs no facts. */
    public static Explanation onDay(String code, String text, String... faqIds) {
        return new Explanation(code, text, List.of(faqIds), Scope.DAY);
    }
}
