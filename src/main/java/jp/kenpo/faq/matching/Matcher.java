package jp.kenpo.faq.matching;

import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.faq.FaqId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Ranks FAQ items for a question and decides between answer, suggestion and no match. Thread-safe. */
public final class Matcher {

    private final MatchIndex index;
    private final Scorer scorer;
    private final FaqCorpus corpus;
    private final Thresholds thresholds;

    public Matcher(FaqCorpus corpus, MatchIndex index, Thresholds thresholds) {
        this.corpus = corpus;
        this.index = index;
        this.scorer = new Scorer(index);
        this.thresholds = thresholds;
    }

    /** @param limit how many candidates to return at most */
    public MatchResult match(String question, int limit) {
        // the decision looks at the runner-up even when only one candidate is wanted
        List<ScoredItem> candidates = onePerAnswerGroup(rank(question), Math.max(limit, 2));
        MatchOutcome outcome = decide(candidates);
        candidates = candidates.subList(0, Math.min(limit, candidates.size()));
        if (outcome != MatchOutcome.ANSWER) {
            candidates = candidates.stream().filter(c -> c.score() >= thresholds.suggest()).toList();
        }
        return new MatchResult(outcome, candidates);
    }

    /** Every item with its score, best first. */
    public List<ScoredItem> rank(String question) {
        Features features = index.analyze(question);
        List<ScoredItem> ranked = new ArrayList<>();
        if (features.isEmpty()) {
            return ranked;
        }
        double[] probabilities = index.probabilities(features);
        for (int i = 0; i < index.items().size(); i++) {
            IndexedItem item = index.items().get(i);
            ranked.add(new ScoredItem(item.item(), scorer.score(features, item, probabilities[i])));
        }
        ranked.sort(Comparator.comparingDouble(ScoredItem::score).reversed()
                .thenComparing(scored -> scored.item().id()));
        return ranked;
    }

    private List<ScoredItem> onePerAnswerGroup(List<ScoredItem> ranked, int limit) {
        List<ScoredItem> kept = new ArrayList<>();
        Set<FaqId> covered = new HashSet<>();
        for (ScoredItem scored : ranked) {
            if (kept.size() == limit) {
                break;
            }
            if (covered.add(scored.item().id())) {
                covered.addAll(corpus.answerGroupOf(scored.item().id()));
                kept.add(scored);
            }
        }
        return kept;
    }

    private MatchOutcome decide(List<ScoredItem> candidates) {
        if (candidates.isEmpty() || candidates.get(0).score() < thresholds.reject()) {
            return MatchOutcome.NO_MATCH;
        }
        double top = candidates.get(0).score();
        double next = candidates.size() > 1 ? candidates.get(1).score() : 0;
        return top >= thresholds.answer() && top - next >= thresholds.margin() ? MatchOutcome.ANSWER : MatchOutcome.SUGGEST;
    }
}
