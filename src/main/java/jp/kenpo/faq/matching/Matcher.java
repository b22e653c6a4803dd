package jp.kenpo.faq.matching;

import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.faq.FaqId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
        Ranking ranking = rank(question);
        // the decision looks at the runner-up even when only one candidate is wanted
        List<ScoredItem> candidates = onePerAnswerGroup(ranking.items(), Math.max(limit, 2));
        MatchOutcome outcome = decide(candidates, ranking.outOfScopeProbability());
        candidates = candidates.subList(0, Math.min(limit, candidates.size()));
        if (outcome != MatchOutcome.ANSWER) {
            candidates = candidates.stream().filter(c -> c.score() >= thresholds.suggest()).toList();
        }
        return new MatchResult(outcome, candidates, ranking.items());
    }

    /**
     * Every item with its score, best first. An answer group is as likely right as its items together, so it
     * is ranked by that pooled score; within the group the item's own probability picks the one to show.
     */
    public Ranking rank(String question) {
        Features features = index.analyze(question);
        if (features.isEmpty()) {
            return Ranking.EMPTY;
        }
        double[] own = index.probabilities(features);
        double[] pooled = pooled(own);
        Map<FaqId, Double> ownScore = new HashMap<>();
        Map<Set<FaqId>, Double> groupScore = new HashMap<>();
        List<ScoredItem> ranked = new ArrayList<>();
        for (int i = 0; i < index.items().size(); i++) {
            IndexedItem item = index.items().get(i);
            FaqId id = item.item().id();
            double lexical = scorer.lexical(features, item);
            ownScore.put(id, scorer.combine(lexical, own[i]));
            groupScore.merge(corpus.answerGroupOf(id), scorer.combine(lexical, pooled[i]), Math::max);
            ranked.add(new ScoredItem(item.item(), scorer.combine(lexical, pooled[i])));
        }
        ranked.sort(Comparator.<ScoredItem>comparingDouble(s -> groupScore.get(corpus.answerGroupOf(s.item().id())))
                .reversed()
                .thenComparing(Comparator.<ScoredItem>comparingDouble(s -> ownScore.get(s.item().id())).reversed())
                .thenComparing(scored -> scored.item().id()));
        List<ScoredItem> result = new ArrayList<>(ranked.size());
        Set<Set<FaqId>> shown = new HashSet<>();
        for (ScoredItem scored : ranked) {
            Set<FaqId> group = corpus.answerGroupOf(scored.item().id());
            result.add(shown.add(group) ? new ScoredItem(scored.item(), groupScore.get(group)) : scored);
        }
        return new Ranking(result, own[own.length - 1]);
    }

    /** Items of one answer group give the same answer, so each is as likely right as the group together. */
    private double[] pooled(double[] probabilities) {
        double[] pooled = new double[index.items().size()];
        for (int i = 0; i < pooled.length; i++) {
            Set<FaqId> group = corpus.answerGroupOf(index.items().get(i).item().id());
            for (int j = 0; j < pooled.length; j++) {
                if (group.contains(index.items().get(j).item().id())) {
                    pooled[i] += probabilities[j];
                }
            }
        }
        return pooled;
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

    private MatchOutcome decide(List<ScoredItem> candidates, double outOfScopeProbability) {
        if (candidates.isEmpty() || candidates.get(0).score() < thresholds.reject()
                || outOfScopeProbability >= thresholds.outOfScope()) {
            return MatchOutcome.NO_MATCH;
        }
        double top = candidates.get(0).score();
        double next = candidates.size() > 1 ? candidates.get(1).score() : 0;
        return top >= thresholds.answer() && top - next >= thresholds.margin() ? MatchOutcome.ANSWER : MatchOutcome.SUGGEST;
    }
}
