package jp.kenpo.faq.traffic;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.kenpo.faq.answer.Answered;
import jp.kenpo.faq.faq.FaqItem;
import jp.kenpo.faq.matching.ScoredItem;
import jp.kenpo.faq.personalization.Fact;
import jp.kenpo.faq.personalization.FollowUp;

/**
 * One answer as the question log keeps it: nothing that identifies the member. The question is masked, the facts
 * the member told and those the answer asked for are kept by key only, and no channel user id is taken.
 *
 * @param pickedId    the item picked by a button instead of a typed question
 * @param question    the typed question, masked; empty when an item was picked
 */
public record AnswerRecord(
        UUID id,
        Instant askedAt,
        String channel,
        String outcome,
        Optional<String> pickedId,
        Optional<String> bestId,
        Optional<Double> score,
        List<String> candidateIds,
        List<String> factsGiven,
        List<String> factsAsked,
        Optional<String> question) {

    static AnswerRecord of(Answered answered) {
        var question = answered.question();
        var answer = answered.answer();
        return new AnswerRecord(
                UUID.fromString(answer.id()),
                answered.at(),
                question.channel().name(),
                answer.outcome().name(),
                question.itemId(),
                answer.best().map(b -> b.item().id().toString()),
                answer.best().map(ScoredItem::score),
                answer.candidates().stream()
                        .map(ScoredItem::item)
                        .map(FaqItem::id)
                        .map(Object::toString)
                        .toList(),
                question.member()
                        .map(m -> m.stated().stream().map(Fact::key).sorted().toList())
                        .orElse(List.of()),
                answer.followUps().stream().map(FollowUp::fact).toList(),
                question.text().map(QuestionMask::mask));
    }
}
