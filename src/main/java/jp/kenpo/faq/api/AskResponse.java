package jp.kenpo.faq.api;

import jp.kenpo.faq.answer.Answer;
import jp.kenpo.faq.answer.ContactDesk;
import jp.kenpo.faq.matching.ScoredItem;
import jp.kenpo.faq.personalization.Explanation;
import jp.kenpo.faq.personalization.FollowUp;

import java.util.List;

/**
 * Answer of {@code POST /api/v1/ask}.
 *
 * @param answered        false when the FAQ does not answer the question ({@code best} is then null)
 * @param outcome         ANSWER (confident), SUGGEST (best is likely; offer the candidates as "did you mean")
 *                        or NO_MATCH
 * @param best            the answering item
 * @param candidates      ranked items, one per answer group; {@code candidates[0]} is {@code best} when answered
 * @param personalization explanations from the member's facts (filled when facts are given)
 * @param followUps       questions to ask the member when a fact is missing
 * @param contact         the contact desk (item 4-1), only for NO_MATCH
 */
public record AskResponse(boolean answered, String outcome, Best best, List<Candidate> candidates,
                          List<Explanation> personalization, List<FollowUp> followUps, ContactDesk contact) {

    /** The answering item with its score. */
    public record Best(String id, String category, String question, String answer, double score) {
    }

    /** A ranked candidate. */
    public record Candidate(String id, String question, double score) {
    }

    static AskResponse of(Answer answer) {
        Best best = answer.best().map(AskResponse::best).orElse(null);
        List<Candidate> candidates = answer.candidates().stream()
                .map(c -> new Candidate(c.item().id().toString(), c.item().question(), round(c.score())))
                .toList();
        return new AskResponse(answer.answered(), answer.outcome().name(), best, candidates, answer.personalization(),
                answer.followUps(), answer.contact().orElse(null));
    }

    private static Best best(ScoredItem scored) {
        var item = scored.item();
        return new Best(item.id().toString(), item.category(), item.question(), item.answer(), round(scored.score()));
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
