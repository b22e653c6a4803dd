package jp.kenpo.faq.matching.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.kenpo.faq.matching.MatchOutcome;
import jp.kenpo.faq.matching.MatchResult;
import jp.kenpo.faq.matching.Matcher;
import jp.kenpo.faq.matching.Ranking;
import jp.kenpo.faq.matching.ScoredItem;

/**
 * Scores a matcher on an evaluation set the way a member experiences it: top-1 counts only when the
 * question was answered (a wrongly rejected in-scope question is a miss), top-3 looks at the candidates
 * the API returns, MRR at the full ranking, and out-of-scope questions must be rejected.
 */
public final class Evaluation {

    /** What happened to one question. */
    public record Outcome(
            EvalCase evalCase, MatchResult result, int rank, double topScore, double pOos, double confidence) {

        public boolean top1() {
            return evalCase.inScope() && result.best().map(b -> accepts(b)).orElse(false);
        }

        public boolean top3() {
            return evalCase.inScope() && result.candidates().stream().limit(3).anyMatch(this::accepts);
        }

        public boolean rejected() {
            return result.outcome() == MatchOutcome.NO_MATCH;
        }

        /** Right answer for an in-scope question, rejection for an out-of-scope one. */
        public boolean correct() {
            return evalCase.inScope() ? top1() : rejected();
        }

        private boolean accepts(ScoredItem scored) {
            return evalCase.acceptable().contains(scored.item().id().toString());
        }
    }

    /**
     * Aggregate figures over some of the outcomes.
     *
     * @param rejection   out-of-scope questions refused (NO_MATCH)
     * @param notAnswered out-of-scope questions given no confident answer (NO_MATCH, or SUGGEST: choices offered,
     *                    not an answer)
     */
    public record Figures(
            int inScope, int outOfScope, double top1, double top3, double mrr, double rejection, double notAnswered) {}

    private final List<Outcome> outcomes = new ArrayList<>();

    public Evaluation(Matcher matcher, List<EvalCase> cases) {
        for (EvalCase evalCase : cases) {
            Ranking ranking = matcher.rank(evalCase.question());
            MatchResult result = matcher.match(ranking, 3);
            outcomes.add(new Outcome(
                    evalCase,
                    result,
                    rankOf(ranking.items(), evalCase),
                    ranking.items().isEmpty() ? 0 : ranking.items().get(0).score(),
                    ranking.outOfScopeProbability(),
                    ranking.confidence()));
        }
    }

    private static int rankOf(List<ScoredItem> ranking, EvalCase evalCase) {
        for (int i = 0; i < ranking.size(); i++) {
            if (evalCase.acceptable().contains(ranking.get(i).item().id().toString())) {
                return i + 1;
            }
        }
        return 0;
    }

    public List<Outcome> outcomes() {
        return outcomes;
    }

    public Figures overall() {
        return figures(outcomes);
    }

    public Map<String, Figures> byKind() {
        Map<String, List<Outcome>> groups = new TreeMap<>();
        outcomes.forEach(o -> groups.computeIfAbsent(o.evalCase().kind(), k -> new ArrayList<>())
                .add(o));
        Map<String, Figures> figures = new TreeMap<>();
        groups.forEach((kind, group) -> figures.put(kind, figures(group)));
        return figures;
    }

    private static Figures figures(List<Outcome> group) {
        List<Outcome> in = group.stream().filter(o -> o.evalCase().inScope()).toList();
        List<Outcome> out = group.stream().filter(o -> !o.evalCase().inScope()).toList();
        double top1 = share(in.stream().filter(Outcome::top1).count(), in.size());
        double top3 = share(in.stream().filter(Outcome::top3).count(), in.size());
        double mrr = in.isEmpty()
                ? Double.NaN
                : in.stream()
                        .mapToDouble(o -> o.rank() == 0 ? 0 : 1.0 / o.rank())
                        .average()
                        .orElse(0);
        double rejection = share(out.stream().filter(Outcome::rejected).count(), out.size());
        double notAnswered = share(
                out.stream()
                        .filter(o -> o.result().outcome() != MatchOutcome.ANSWER)
                        .count(),
                out.size());
        return new Figures(in.size(), out.size(), top1, top3, mrr, rejection, notAnswered);
    }

    private static double share(long count, int total) {
        return total == 0 ? Double.NaN : (double) count / total;
    }
}
