package jp.kenpo.faq.editing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kenpo.faq.matching.Matcher;
import jp.kenpo.faq.matching.eval.EvalCase;
import jp.kenpo.faq.matching.eval.EvalSet;
import jp.kenpo.faq.matching.eval.Evaluation;

/**
 * The corpus's check files (its golden questions and development sets, {@code checks:} in corpus.yaml) asked of a
 * matcher, the way the service answers them: an in-scope question is right only when answered or suggested with an
 * acceptable item first, an out-of-scope one only when refused.
 */
final class Checks {

    private final Map<String, List<EvalCase>> sets = new LinkedHashMap<>();

    /** @param files file name → text in the evaluation format */
    Checks(Map<String, String> files) {
        files.forEach((file, text) -> sets.put(file, EvalSet.parse(text.lines().toList(), true)));
    }

    /** How one matcher did on every file, and which questions it got right. */
    record Run(List<CheckFigures> figures, Set<String> right) {}

    Run run(Matcher matcher) {
        List<CheckFigures> figures = new ArrayList<>();
        Set<String> right = new LinkedHashSet<>();
        sets.forEach((file, cases) -> {
            int inScope = 0;
            int answered = 0;
            int outOfScope = 0;
            int refused = 0;
            for (Evaluation.Outcome outcome : new Evaluation(matcher, cases).outcomes()) {
                if (outcome.evalCase().inScope()) {
                    inScope++;
                    answered += outcome.top1() ? 1 : 0;
                } else {
                    outOfScope++;
                    refused += outcome.rejected() ? 1 : 0;
                }
                if (outcome.correct()) {
                    right.add(file + "\t" + outcome.evalCase().question());
                }
            }
            figures.add(new CheckFigures(file, inScope, answered, outOfScope, refused));
        });
        return new Run(figures, right);
    }

    /** The served FAQ's run beside a changed one's. */
    static Comparison compare(Run served, Run changed) {
        List<Comparison.Line> lines = new ArrayList<>();
        for (int i = 0; i < served.figures().size(); i++) {
            lines.add(new Comparison.Line(
                    served.figures().get(i), changed.figures().get(i)));
        }
        List<String> lost = served.right().stream()
                .filter(question -> !changed.right().contains(question))
                .map(question -> question.replace('\t', ' '))
                .limit(Comparison.SHOWN)
                .toList();
        List<String> gained = changed.right().stream()
                .filter(question -> !served.right().contains(question))
                .map(question -> question.replace('\t', ' '))
                .limit(Comparison.SHOWN)
                .toList();
        return new Comparison(lines, lost, gained);
    }
}
