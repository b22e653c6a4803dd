package jp.kenpo.faq.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.faq.FaqId;
import jp.kenpo.faq.matching.ScoredItem;
import jp.kenpo.faq.personalization.Assessment;
import jp.kenpo.faq.personalization.ItemFit;

/**
 * Re-ranks matched items by the rules' item fits: an item the rules found not to fit this member gives way to the
 * first of its {@code otherwise} items (faq-corpus/audiences.yaml) that is not found unfit, else to the best ranked
 * item that is not; candidates that do not fit go last. The item brought forward answers in place of the matched
 * one, so it keeps the matched score. Knows no FAQ id: the corpus and the rules decide.
 */
final class Reranking {

    /** The item shown, the candidates in their new order, and why. */
    record Result(ScoredItem best, List<ScoredItem> candidates, Choice choice) {}

    private final FaqCorpus corpus;

    Reranking(FaqCorpus corpus) {
        this.corpus = corpus;
    }

    /**
     * @param matched    the best matched (or picked) item
     * @param candidates the ranked candidates, one per answer group, best first
     * @param ranking    every item scored, to give an item brought forward its own score
     */
    Result rerank(
            ScoredItem matched,
            List<ScoredItem> candidates,
            List<ScoredItem> ranking,
            Assessment assessment,
            int limit,
            boolean negatedQuestion) {
        ScoredItem best = fits(matched, assessment)
                ? matched
                : replacement(matched, candidates, ranking, assessment, negatedQuestion);
        List<ScoredItem> ordered = new ArrayList<>();
        ordered.add(best);
        var group = corpus.answerGroupOf(best.item().id());
        Stream.concat(
                        candidates.stream().filter(c -> fits(c, assessment)),
                        candidates.stream().filter(c -> !fits(c, assessment)))
                .filter(c -> !group.contains(c.item().id()))
                .forEach(ordered::add);
        String matchedId = matched.item().id().toString();
        String chosenId = best.item().id().toString();
        List<ItemFit> why = new ArrayList<>(assessment.fitsOf(matchedId));
        if (!chosenId.equals(matchedId)) {
            why.addAll(assessment.fitsOf(chosenId));
        }
        return new Result(
                best, ordered.subList(0, Math.min(limit, ordered.size())), new Choice(matchedId, chosenId, why));
    }

    private ScoredItem replacement(
            ScoredItem matched,
            List<ScoredItem> candidates,
            List<ScoredItem> ranking,
            Assessment assessment,
            boolean negatedQuestion) {
        List<FaqId> otherwise = corpus.audienceOf(matched.item().id())
                .map(audience -> audience.otherwise(negatedQuestion))
                .orElse(List.of());
        Optional<ScoredItem> instead = otherwise.stream()
                .filter(id -> !assessment.doesNotFit(id.toString()))
                .findFirst()
                .map(id -> new ScoredItem(corpus.find(id).orElseThrow(), matched.score()));
        return instead.or(() -> Stream.concat(candidates.stream(), ranking.stream())
                        .filter(c -> !c.item().id().equals(matched.item().id()) && fits(c, assessment))
                        .findFirst()
                        .map(c -> new ScoredItem(c.item(), matched.score())))
                .orElse(matched);
    }

    private static boolean fits(ScoredItem item, Assessment assessment) {
        return !assessment.doesNotFit(item.item().id().toString());
    }
}
