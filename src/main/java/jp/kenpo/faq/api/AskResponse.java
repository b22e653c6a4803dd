package jp.kenpo.faq.api;

import java.util.List;
import jp.kenpo.faq.answer.Answer;
import jp.kenpo.faq.answer.Choice;
import jp.kenpo.faq.answer.ContactDesk;
import jp.kenpo.faq.faq.FaqSource;
import jp.kenpo.faq.matching.ScoredItem;
import jp.kenpo.faq.personalization.Explanation;
import jp.kenpo.faq.personalization.FollowUp;
import jp.kenpo.faq.personalization.ItemFit;
import jp.kenpo.faq.personalization.Wording;

/**
 * Answer of {@code POST /api/v1/ask}.
 *
 * @param answerId        this answer's id, for {@code POST /api/v1/feedback}
 * @param answered        false when the FAQ does not answer the question ({@code best} is then null)
 * @param outcome         ANSWER (confident), SUGGEST (best is likely; offer the candidates as "did you mean")
 *                        or NO_MATCH
 * @param best            the answering item
 * @param candidates      ranked items, one per answer group; {@code candidates[0]} is {@code best} when answered
 * @param personalization statements that belong with the answer: first those of scope DAY (the current state on
 *                        asOf, for everyone, facts or not), then those from the member's facts (scope MEMBER)
 * @param followUps       questions to ask the member where the answer would change with a fact
 * @param contact         the contact desk (item 4-1): for NO_MATCH, and when a statement sends the member there
 * @param choice          the item matched (or picked) and the item shown, with the rules' findings about both
 * @param source          the FAQ document the answer is taken from, with its 作成日
 */
public record AskResponse(
        String answerId,
        boolean answered,
        String outcome,
        Best best,
        List<Candidate> candidates,
        List<Explanation> personalization,
        List<FollowUp> followUps,
        ContactDesk contact,
        ChoiceView choice,
        SourceView source) {

    /** The answering item with its score. */
    public record Best(String id, String category, String question, String answer, double score) {}

    /** A ranked candidate. */
    public record Candidate(String id, String question, double score) {}

    /**
     * Which item is shown and why.
     *
     * @param matchedId the item the question matched best (or the item picked)
     * @param chosenId  the item shown; another than matchedId when the rules found the matched one does not fit
     * @param fits      the rules' findings: whether the member is one of those an item is written for, and why
     */
    public record ChoiceView(String matchedId, String chosenId, List<ItemFit> fits) {}

    /**
     * The FAQ the answer comes from.
     *
     * @param title     its title
     * @param createdOn its 作成日 (YYYY-MM-DD)
     * @param label     the same for display, e.g. 2024年9月13日作成
     */
    public record SourceView(String title, String createdOn, String label) {}

    static AskResponse of(Answer answer) {
        Best best = answer.best().map(AskResponse::best).orElse(null);
        List<Candidate> candidates = answer.candidates().stream()
                .map(c -> new Candidate(c.item().id().toString(), c.item().question(), Scores.rounded(c.score())))
                .toList();
        return new AskResponse(
                answer.id(),
                answer.answered(),
                answer.outcome().name(),
                best,
                candidates,
                answer.personalization(),
                answer.followUps(),
                answer.contact().orElse(null),
                answer.choice().map(AskResponse::choice).orElse(null),
                source(answer.source()));
    }

    private static ChoiceView choice(Choice choice) {
        return new ChoiceView(choice.matchedId(), choice.chosenId(), choice.fits());
    }

    private static SourceView source(FaqSource source) {
        return source.createdOn() == null
                ? null
                : new SourceView(
                        source.title(), source.createdOn().toString(), Wording.date(source.createdOn()) + "作成");
    }

    private static Best best(ScoredItem scored) {
        var item = scored.item();
        return new Best(
                item.id().toString(), item.category(), item.question(), item.answer(), Scores.rounded(scored.score()));
    }
}
