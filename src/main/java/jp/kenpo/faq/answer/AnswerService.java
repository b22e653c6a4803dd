package jp.kenpo.faq.answer;

import jakarta.enterprise.context.ApplicationScoped;
import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.faq.FaqId;
import jp.kenpo.faq.matching.MatchOutcome;
import jp.kenpo.faq.matching.MatchResult;
import jp.kenpo.faq.matching.Matcher;
import jp.kenpo.faq.matching.ScoredItem;
import jp.kenpo.faq.personalization.Assessment;
import jp.kenpo.faq.personalization.FollowUps;
import jp.kenpo.faq.personalization.MemberFacts;
import jp.kenpo.faq.personalization.Personalization;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers a member's question: the matcher's ranking, the member's verdicts where the answer depends on
 * them, the questions to ask where facts are missing, or the contact desk when the FAQ has no answer.
 */
@ApplicationScoped
public class AnswerService {

    private final Matcher matcher;
    private final Personalization personalization;
    private final Relevance relevance;
    private final ContactDesk contactDesk;
    private final FaqCorpus corpus;
    private final FactlessAssessment withoutFacts;

    private final AskMetrics metrics;

    public AnswerService(Matcher matcher, Personalization personalization, FaqCorpus corpus, AskMetrics metrics) {
        this.metrics = metrics;
        this.corpus = corpus;
        this.withoutFacts = new FactlessAssessment(personalization);
        this.matcher = matcher;
        this.personalization = personalization;
        this.relevance = new Relevance(corpus);
        this.contactDesk = ContactDesk.from(corpus);
    }

    public Answer ask(Question question) {
        long start = System.nanoTime();
        Answer answer = answer(question);
        metrics.record(question.channel(), answer.outcome(), System.nanoTime() - start);
        return answer;
    }

    private Answer answer(Question question) {
        MatchResult result = matcher.match(question.text(), question.limit());
        if (result.best().isEmpty()) {
            return new Answer(result.outcome(), Optional.empty(), result.candidates(), List.of(), List.of(),
                    Optional.of(contactDesk));
        }
        MemberFacts member = question.member().orElse(MemberFacts.none());
        Assessment assessment = question.member().isPresent()
                ? personalization.assess(member, question.asOf())
                : withoutFacts.on(question.asOf());
        ScoredItem best = ItemChoice.replacement(result.best().get(), assessment, member, result.ranking())
                .orElse(result.best().get());
        return personalised(result.outcome(), best, withFirst(best, result.candidates(), question.limit()),
                question.member(), assessment);
    }

    /**
     * The answer of an item the member chose (a "did you mean" button, or a follow-up about that item),
     * personalised with the facts given so far.
     *
     * @throws jp.kenpo.faq.faq.UnknownFaqException for an id the corpus does not have
     */
    public Answer answerItem(String id, Optional<MemberFacts> member, java.time.LocalDate asOf) {
        ScoredItem chosen = new ScoredItem(corpus.get(id), 1.0);
        Assessment assessment = member.isPresent() ? personalization.assess(member.get(), asOf) : withoutFacts.on(asOf);
        return personalised(MatchOutcome.ANSWER, chosen, List.of(chosen), member, assessment);
    }

    private Answer personalised(MatchOutcome outcome, ScoredItem best, List<ScoredItem> candidates,
                                Optional<MemberFacts> member, Assessment assessment) {
        FaqId id = best.item().id();
        return new Answer(outcome, Optional.of(best), candidates,
                member.isPresent() ? relevance.explanationsFor(id, assessment.explanations()) : List.of(),
                FollowUps.forFacts(relevance.missingFor(id, assessment.missingFacts()), assessment),
                Optional.empty());
    }

    /** The candidates with the answered item first, as the API promises, and still one per answer group. */
    private List<ScoredItem> withFirst(ScoredItem best, List<ScoredItem> candidates, int limit) {
        var group = corpus.answerGroupOf(best.item().id());
        List<ScoredItem> ordered = new ArrayList<>();
        ordered.add(best);
        candidates.stream().filter(c -> !group.contains(c.item().id())).forEach(ordered::add);
        return ordered.subList(0, Math.min(limit, ordered.size()));
    }
}
