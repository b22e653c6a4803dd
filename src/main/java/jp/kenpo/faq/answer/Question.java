package jp.kenpo.faq.answer;

import jp.kenpo.faq.personalization.MemberFacts;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What every channel hands over: a question in the member's words, or an FAQ item the member picked (a "did you
 * mean" button, or a follow-up answered about the item shown), with the facts told so far, on a day.
 *
 * @param text    the question; empty when an item was picked
 * @param itemId  the item picked (項番); empty for a question
 * @param limit   how many candidates to return
 * @param member  the facts the member has told us, if any
 * @param asOf    the day the answer is for
 * @param channel where it came from (for metrics)
 */
public record Question(Optional<String> text, Optional<String> itemId, int limit, Optional<MemberFacts> member,
                       LocalDate asOf, Channel channel) {

    public Question {
        if (text.isPresent() == itemId.isPresent()) {
            throw new IllegalArgumentException("a question has either a text or an item id");
        }
    }

    /** A question in the member's words. */
    public Question(String text, int limit, Optional<MemberFacts> member, LocalDate asOf, Channel channel) {
        this(Optional.of(text), Optional.empty(), limit, member, asOf, channel);
    }

    /** An item the member picked. */
    public static Question ofItem(String itemId, int limit, Optional<MemberFacts> member, LocalDate asOf, Channel channel) {
        return new Question(Optional.empty(), Optional.of(itemId), limit, member, asOf, channel);
    }
}
