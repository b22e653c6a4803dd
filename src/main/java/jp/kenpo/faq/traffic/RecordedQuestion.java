package jp.kenpo.faq.traffic;

import java.time.Instant;
import java.util.List;

/**
 * A recorded question as an editor sees it: masked, with what it was answered and what the member thought.
 *
 * @param answerId   the answer's id, as the channel got it
 * @param pickedId   the item picked by a button, when no question was typed
 * @param question   the question as typed, with every number and address masked
 * @param bestId     the item answered (or suggested first); null for NO_MATCH
 * @param candidates the items offered, best first
 * @param feedback   the member's word on the answer, null when none was given
 */
public record RecordedQuestion(
        String answerId,
        Instant askedAt,
        String channel,
        String outcome,
        String pickedId,
        String question,
        String bestId,
        Double score,
        List<String> candidates,
        Feedback feedback) {

    /** Whether the answer helped, and why not when it did not. */
    public record Feedback(boolean helpful, String reason) {}
}
