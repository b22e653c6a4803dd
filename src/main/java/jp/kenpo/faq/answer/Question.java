package jp.kenpo.faq.answer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import jp.kenpo.faq.personalization.MemberFacts;

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
public record Question(
        Optional<String> text,
        Optional<String> itemId,
        int limit,
        Optional<MemberFacts> member,
        LocalDate asOf,
        Channel channel) {

    /** The longest question answered, in characters (a longer one is refused by the API, cut by LINE). */
    public static final int MAX_LENGTH = 500;
    /** How many candidates an answer carries unless the channel asks for another number. */
    public static final int DEFAULT_LIMIT = 3;
    /** The society's time zone: "today" for an answer is today in Japan, whatever the server's zone. */
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    /** Today in Japan, the day an answer is for unless the caller names another. */
    public static LocalDate today() {
        return LocalDate.now(JAPAN);
    }

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
    public static Question ofItem(
            String itemId, int limit, Optional<MemberFacts> member, LocalDate asOf, Channel channel) {
        return new Question(Optional.empty(), Optional.of(itemId), limit, member, asOf, channel);
    }
}
