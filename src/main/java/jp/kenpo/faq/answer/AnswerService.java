package jp.kenpo.faq.answer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.kenpo.faq.edition.Edition;
import jp.kenpo.faq.edition.ServedEdition;
import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.faq.FaqId;
import jp.kenpo.faq.matching.MatchResult;
import jp.kenpo.faq.matching.Matcher;
import jp.kenpo.faq.matching.ScoredItem;
import jp.kenpo.faq.personalization.Assessment;
import jp.kenpo.faq.personalization.Explanation;
import jp.kenpo.faq.personalization.FollowUp;
import jp.kenpo.faq.personalization.Personalization;

/**
 * The one operation of every channel: answer a question, or an item the member picked, with the facts told so far,
 * on a day. The matcher ranks (or the member picked); the rules decide which items fit this member, and the item
 * shown is re-ranked by them; then the day's statements and the member's verdicts that belong with it, the
 * follow-ups that would change it, or the contact desk when the FAQ has no answer.
 */
@ApplicationScoped
public class AnswerService {

    private final ServedEdition served;
    private final Personalization personalization;
    private final AskMetrics metrics;
    /** Observers (the question log) hear of every answer; none of them may slow it down. */
    private final Event<Answered> answered;
    /** What answering needs of the edition served, made again when editors publish another. */
    private volatile Parts parts;

    public AnswerService(
            ServedEdition served, Personalization personalization, AskMetrics metrics, Event<Answered> answered) {
        this.served = served;
        this.answered = answered;
        this.personalization = personalization;
        this.metrics = metrics;
    }

    /** The helpers made from one edition's corpus. */
    private record Parts(
            Edition edition,
            Relevance relevance,
            Reranking reranking,
            UsefulFollowUps useful,
            FactlessAssessment withoutFacts,
            ContactDesk contactDesk,
            boolean personalised) {

        static Parts of(Edition edition, Personalization personalization) {
            FaqCorpus corpus = edition.corpus();
            Relevance relevance = new Relevance(corpus);
            UsefulFollowUps useful = new UsefulFollowUps(personalization, relevance);
            return new Parts(
                    edition,
                    relevance,
                    new Reranking(corpus),
                    useful,
                    new FactlessAssessment(personalization, useful),
                    ContactDesk.from(corpus),
                    // only the FAQ the rules were written for is personalised; any other gets plain answers
                    corpus.uses(Personalization.RULE_SET));
        }
    }

    /** お問合せ先 of the FAQ served now, for a channel's own refusals (small talk, a caller asking for a person). */
    public ContactDesk contactDesk() {
        return parts().contactDesk();
    }

    private Parts parts() {
        Edition edition = served.current();
        Parts made = parts;
        if (made == null || made.edition() != edition) {
            made = Parts.of(edition, personalization);
            parts = made;
        }
        return made;
    }

    /**
     * @throws jp.kenpo.faq.faq.UnknownFaqException for a picked item the corpus does not have
     */
    public Answer ask(Question question) {
        long start = System.nanoTime();
        Answer answer = answer(question);
        metrics.record(question.channel(), answer.outcome(), System.nanoTime() - start);
        answered.fire(new Answered(question, answer, Instant.now()));
        return answer;
    }

    private Answer answer(Question question) {
        Parts parts = parts();
        Matcher matcher = parts.edition().matcher();
        FaqCorpus corpus = parts.edition().corpus();
        MatchResult result = question.itemId()
                .map(matcher::picked)
                .orElseGet(() -> matcher.match(question.text().orElseThrow(), question.limit()));
        if (result.best().isEmpty()) {
            return new Answer(
                    newId(),
                    result.outcome(),
                    Optional.empty(),
                    result.candidates(),
                    List.of(),
                    List.of(),
                    Optional.of(parts.contactDesk()),
                    Optional.empty(),
                    corpus.source());
        }
        if (!parts.personalised()) {
            ScoredItem best = result.best().get();
            String id = best.item().id().toString();
            return new Answer(
                    newId(),
                    result.outcome(),
                    Optional.of(best),
                    result.candidates(),
                    List.of(),
                    List.of(),
                    Optional.empty(),
                    Optional.of(new Choice(id, id, List.of())),
                    corpus.source());
        }
        Assessment assessment = question.member().isPresent()
                ? personalization.assess(question.member().get(), question.asOf())
                : parts.withoutFacts().on(question.asOf());
        Reranking.Result chosen = parts.reranking()
                .rerank(
                        result.best().get(),
                        result.candidates(),
                        result.ranking(),
                        assessment,
                        question.limit(),
                        result.negatedQuestion());
        FaqId id = chosen.best().item().id();
        List<Explanation> statements = parts.relevance()
                .explanationsFor(
                        id,
                        question.member().isPresent() ? assessment.explanations() : dayOnly(assessment.explanations()));
        List<FollowUp> followUps = question.member()
                .map(member -> parts.useful().forItem(id, member, question.asOf(), assessment))
                .orElseGet(() -> parts.withoutFacts().followUps(question.asOf(), id));
        return new Answer(
                newId(),
                result.outcome(),
                Optional.of(chosen.best()),
                chosen.candidates(),
                statements,
                followUps,
                sendsToTheDesk(statements, parts.contactDesk()) ? Optional.of(parts.contactDesk()) : Optional.empty(),
                Optional.of(chosen.choice()),
                corpus.source());
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Without facts only what holds for everyone on the day is said. */
    private static List<Explanation> dayOnly(List<Explanation> explanations) {
        return explanations.stream().filter(Explanation::isDay).toList();
    }

    /** A statement citing the contact desk's own item brings the desk along. */
    private static boolean sendsToTheDesk(List<Explanation> statements, ContactDesk desk) {
        return statements.stream().anyMatch(e -> desk.citedBy(e.faqIds()));
    }
}
