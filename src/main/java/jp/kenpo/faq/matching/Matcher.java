package jp.kenpo.faq.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.faq.FaqId;
import jp.kenpo.faq.faq.FaqItem;
import jp.kenpo.faq.text.AnalyzedText;
import jp.kenpo.faq.text.FaqAnalyzer;

/** Ranks FAQ items for a question and decides between answer, suggestion and no match. Thread-safe. */
public final class Matcher {

    private final FaqAnalyzer analyzer;
    private final IndexedCorpus index;
    private final Scorer scorer;
    /** Null for a corpus too large to train on at start-up: then the lexical score stands alone. */
    private final ItemClassifier classifier;

    private final FaqCorpus corpus;
    private final Thresholds thresholds;
    private final AnswerGroups groups;
    private final Coverage coverage;
    private final Focus focus;
    private final DefiningTerms defining;
    /** How many items a ranking holds: more than any caller shows (candidates ≤ 10, agent search ≤ 40). */
    static final int RANKED = 50;

    Matcher(
            FaqCorpus corpus,
            FaqAnalyzer analyzer,
            IndexedCorpus index,
            ItemClassifier classifier,
            Thresholds thresholds) {
        this.corpus = corpus;
        this.analyzer = analyzer;
        this.index = index;
        this.scorer = new Scorer(index, LexicalWeights.forCorpus(corpus));
        this.classifier = classifier;
        this.thresholds = thresholds;
        this.groups = new AnswerGroups(corpus, index.items());
        this.coverage = new Coverage(index, groups);
        this.focus = new Focus(corpus.focusObjects(), analyzer, index, groups);
        this.defining = new DefiningTerms(index, groups);
    }

    /** @param limit how many candidates to return at most */
    public MatchResult match(String question, int limit) {
        return match(rank(question), limit);
    }

    /** The decision on a question already ranked, for callers that show the ranking too. */
    public MatchResult match(Ranking ranking, int limit) {
        // the decision looks at the runner-up even when only one candidate is wanted
        List<ScoredItem> candidates = onePerAnswerGroup(ranking.items(), Math.max(limit, 2));
        MatchOutcome outcome = decide(candidates, ranking);
        candidates = candidates.subList(0, Math.min(limit, candidates.size()));
        if (outcome != MatchOutcome.ANSWER) {
            candidates = candidates.stream()
                    .filter(c -> c.score() >= thresholds.suggest())
                    .toList();
        }
        return new MatchResult(outcome, candidates, ranking.items(), ranking.negatedQuestion());
    }

    /**
     * The best items (up to {@value #RANKED}, i.e. every item of the FAQ) with their scores, best first. Items of one answer group give the same answer, so a group is as
     * likely right as its items together: it is ranked by that pooled score, and within the group the item's
     * own probability picks the one to show.
     */
    public Ranking rank(String question) {
        AnalyzedText text = analyzer.analyze(question);
        FeatureSet features = index.vocabulary().lookup(text);
        if (features.isEmpty()) {
            return Ranking.EMPTY;
        }
        double[] lexical = scorer.lexical(features);
        int n = index.items().size();
        double[] own = classifier == null ? null : classifier.probabilities(features);
        double[] pooledProbability = new double[groups.count()];
        for (int i = 0; own != null && i < n; i++) {
            pooledProbability[groups.of(i)] += own[i];
        }
        double[] kept = new double[groups.count()];
        for (int g = 0; g < kept.length; g++) {
            kept[g] = defining.factor(features, g);
        }
        double[] ownScore = new double[n];
        double[] pooledScore = new double[n];
        double[] groupScore = new double[groups.count()];
        for (int i = 0; i < n; i++) {
            ownScore[i] = own == null ? lexical[i] : scorer.combine(lexical[i], own[i]);
            pooledScore[i] = own == null ? lexical[i] : scorer.combine(lexical[i], pooledProbability[groups.of(i)]);
            // a group the question names none of the defining words of is about something else
            ownScore[i] *= kept[groups.of(i)];
            pooledScore[i] *= kept[groups.of(i)];
            groupScore[groups.of(i)] = Math.max(groupScore[groups.of(i)], pooledScore[i]);
        }
        // groups about another object than the question's come after every group about it
        boolean[] fitting = focus.fitting(text);
        Comparator<Integer> best = Comparator.<Integer, Boolean>comparing(
                        i -> fitting != null && !fitting[groups.of(i)])
                .thenComparingDouble(i -> -groupScore[groups.of(i)])
                .thenComparingDouble(i -> -ownScore[i])
                .thenComparing(i -> index.items().get(i).item().id());
        List<Integer> order = top(n, best);
        int topGroup = groups.of(order.get(0));
        boolean focused = fitting == null || fitting[topGroup];
        if (fitting != null && focused) {
            // a question about the paper card is answered from the items about it, or not at all
            order.removeIf(i -> !fitting[groups.of(i)]);
        }
        List<ScoredItem> result = new ArrayList<>(order.size());
        boolean[] shown = new boolean[groups.count()];
        for (int i : order) {
            int group = groups.of(i);
            double score = shown[group] ? pooledScore[i] : groupScore[group];
            shown[group] = true;
            result.add(new ScoredItem(index.items().get(i).item(), score));
        }
        return new Ranking(
                result,
                own == null ? 0 : own[own.length - 1],
                text.negated(),
                focused,
                coverage.explained(features, topGroup),
                defining.named(features, topGroup));
    }

    /**
     * The result for an item the member picked (a suggestion, a follow-up answered about the item shown): the
     * member asked that item's question, so the result denies what its question denies — 5-2 「送付されません
     * でした」 stays a question about a notice that did not come.
     *
     * @throws jp.kenpo.faq.faq.UnknownFaqException for an id the corpus does not have
     */
    public MatchResult picked(String id) {
        FaqItem item = corpus.get(id);
        ScoredItem picked = new ScoredItem(item, 1.0);
        boolean denies =
                index.items().stream().anyMatch(indexed -> indexed.item().id().equals(item.id()) && indexed.denies());
        return new MatchResult(MatchOutcome.ANSWER, List.of(picked), List.of(picked), denies);
    }

    /** Whether a classifier was trained (not for a corpus above {@link ItemClassifier#MAX_ITEMS} items). */
    /** The content words of a text as matching reads them (normalised keys, synonyms resolved). */
    public List<String> terms(String text) {
        return analyzer.analyze(text).terms();
    }

    public boolean hasClassifier() {
        return classifier != null;
    }

    /** The most items a classifier is trained on; a larger FAQ is matched on the lexical score alone. */
    public static int classifierLimit() {
        return ItemClassifier.MAX_ITEMS;
    }

    /** How long training the classifier took at start-up (0 without one). */
    public long trainingMillis() {
        return classifier == null ? 0 : classifier.trainingMillis();
    }

    /** The best {@link #RANKED} item indexes in order; a large corpus is not sorted whole for every question. */
    private static List<Integer> top(int n, Comparator<Integer> best) {
        java.util.PriorityQueue<Integer> kept = new java.util.PriorityQueue<>(RANKED + 1, best.reversed());
        for (int i = 0; i < n; i++) {
            // most items of a large corpus do not beat the worst kept one: one comparison, no heap work
            if (kept.size() < RANKED || best.compare(i, kept.peek()) < 0) {
                kept.add(i);
                if (kept.size() > RANKED) {
                    kept.poll();
                }
            }
        }
        List<Integer> order = new ArrayList<>(kept);
        order.sort(best);
        return order;
    }

    /**
     * The classifier's "not in the FAQ" probability, discounted when the question names a word that defines the group
     * it matches: out-of-scope examples share the FAQ's words too (マイナ保険証の利用登録を解除したい), and a
     * question that names what the group is about is less likely one of them.
     */
    private static double outOfScope(Ranking ranking) {
        double probability = ranking.outOfScopeProbability();
        return ranking.namesDefiningWord() ? probability * DefiningTerms.OUT_OF_SCOPE_WHEN_NAMED : probability;
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

    /**
     * The top score, discounted by how much of the question its group explains, decides; the margin compares raw
     * scores, which are on one scale.
     */
    private MatchOutcome decide(List<ScoredItem> candidates, Ranking ranking) {
        if (candidates.isEmpty() || !ranking.focusFits()) {
            return MatchOutcome.NO_MATCH;
        }
        if (ranking.confidence() < thresholds.reject() || outOfScope(ranking) >= thresholds.outOfScope()) {
            return MatchOutcome.NO_MATCH;
        }
        double top = candidates.get(0).score();
        double next = candidates.size() > 1 ? candidates.get(1).score() : 0;
        return top >= thresholds.answer() && top - next >= thresholds.margin()
                ? MatchOutcome.ANSWER
                : MatchOutcome.SUGGEST;
    }
}
