package jp.kenpo.faq.matching.eval;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.DoubleStream;
import jp.kenpo.faq.matching.MatchOutcome;

/**
 * What the matcher's decisions are worth: how often an {@code ANSWER} is right (precision), how often an in-scope
 * question is refused, and a reliability table — the questions grouped by the confidence the decision used, with
 * the share whose first item is right (an out-of-scope question never is). A score means something when the
 * share rises with the bucket.
 */
final class Reliability {

    /** Bucket bounds above the service's reject threshold, which is always the first one. */
    private static final double[] UPPER_BOUNDS = {0.1, 0.2, 0.35, 0.5, 0.7, 1.01};

    private Reliability() {}

    static void print(List<Evaluation.Outcome> outcomes, double reject, PrintStream out) {
        double[] bounds = DoubleStream.concat(
                        DoubleStream.of(0, reject), Arrays.stream(UPPER_BOUNDS).filter(bound -> bound > reject))
                .toArray();
        long answered = count(outcomes, MatchOutcome.ANSWER);
        long answeredRight = outcomes.stream()
                .filter(o -> o.result().outcome() == MatchOutcome.ANSWER && o.top1())
                .count();
        long suggested = count(outcomes, MatchOutcome.SUGGEST);
        long suggestedRight = outcomes.stream()
                .filter(o -> o.result().outcome() == MatchOutcome.SUGGEST && o.top1())
                .count();
        List<Evaluation.Outcome> inScope =
                outcomes.stream().filter(o -> o.evalCase().inScope()).toList();
        long refused = inScope.stream().filter(Evaluation.Outcome::rejected).count();
        out.println();
        out.printf(
                "decisions: ANSWER %d, right %s (precision); SUGGEST %d, right item first %s; "
                        + "in-scope refused (NO_MATCH) %d of %d = %s%n",
                answered,
                share(answeredRight, answered),
                suggested,
                share(suggestedRight, suggested),
                refused,
                inScope.size(),
                share(refused, inScope.size()));
        out.println("reliability (confidence = top score x share of the question explained):");
        out.printf("  %-11s %5s %7s %9s%n", "confidence", "n", "right", "answered");
        for (int b = 0; b + 1 < bounds.length; b++) {
            double from = bounds[b];
            double to = bounds[b + 1];
            List<Evaluation.Outcome> bucket = outcomes.stream()
                    .filter(o -> o.confidence() >= from && o.confidence() < to)
                    .toList();
            long right = bucket.stream().filter(Evaluation.Outcome::top1).count();
            long answers = bucket.stream()
                    .filter(o -> o.result().outcome() == MatchOutcome.ANSWER)
                    .count();
            out.printf(
                    "  %.2f-%.2f  %5d %7s %9s%n",
                    from, Math.min(to, 1), bucket.size(), share(right, bucket.size()), share(answers, bucket.size()));
        }
    }

    private static long count(List<Evaluation.Outcome> outcomes, MatchOutcome outcome) {
        return outcomes.stream().filter(o -> o.result().outcome() == outcome).count();
    }

    private static String share(long count, long total) {
        return total == 0 ? "-" : String.format("%.3f", (double) count / total);
    }
}
