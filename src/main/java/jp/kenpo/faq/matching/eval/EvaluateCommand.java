package jp.kenpo.faq.matching.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kenpo.faq.faq.CorpusLoader;
import jp.kenpo.faq.faq.CorpusSource;
import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.matching.MatcherFactory;

/**
 * {@code ./mvnw -q compile exec:java -Dexec.args=FILE.tsv}: scores the matcher on an evaluation TSV with the
 * service's own thresholds and corpus, printing top-1, top-3, MRR and out-of-scope rejection (refused, and given
 * no confident answer: refused or only offered choices), overall and
 * per kind, what an ANSWER is worth (precision, in-scope refusals, reliability by confidence), then every miss.
 * {@code --alternates-2fold} is the cross-validation on the corpus's own data: each half of the 言い換え is asked
 * against an index built without it.
 */
public final class EvaluateCommand {

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: EvaluateCommand QUESTIONS.tsv | --alternates-2fold");
            System.exit(2);
        }
        Path corpusDir = Path.of("faq-corpus");
        CorpusSource source = Files.isDirectory(corpusDir) ? CorpusSource.directory(corpusDir) : CorpusSource.builtIn();
        FaqCorpus corpus = new CorpusLoader(source).load();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args[0].equals("--alternates-2fold")) {
            for (int fold = 0; fold < 2; fold++) {
                out.println("fold " + fold + ": alternates of the other half asked against an index without them");
                AlternatesFold split = AlternatesFold.split(corpus, fold);
                report(
                        new Evaluation(MatcherFactory.create(split.indexed(), ServiceThresholds.load()), split.asked()),
                        out);
            }
            return;
        }
        var matcher = MatcherFactory.create(corpus, ServiceThresholds.load());
        report(new Evaluation(matcher, EvalSet.read(Path.of(args[0]))), out);
    }

    static void report(Evaluation evaluation, PrintStream out) {
        out.printf(
                "%-14s %6s %6s %6s %6s %6s %9s %12s%n",
                "kind", "n", "top1", "top3", "MRR", "n_oos", "rejected", "not_answered");
        line(out, "overall", evaluation.overall());
        for (Map.Entry<String, Evaluation.Figures> kind : evaluation.byKind().entrySet()) {
            line(out, kind.getKey(), kind.getValue());
        }
        if (Boolean.getBoolean("eval.dump")) {
            for (Evaluation.Outcome o : evaluation.outcomes()) {
                double top = o.topScore();
                double second = o.result().candidates().size() < 2
                        ? 0
                        : o.result().candidates().get(1).score();
                out.printf(
                        "DUMP\t%s\t%d\t%.4f\t%.4f\t%.4f\t%.4f\t%s\t%s%n",
                        o.evalCase().inScope() ? "in" : "oos",
                        o.rank(),
                        top,
                        top - second,
                        o.pOos(),
                        o.confidence(),
                        o.result().outcome(),
                        o.evalCase().question());
            }
        }
        Reliability.print(evaluation.outcomes(), ServiceThresholds.load().reject(), out);
        out.println();
        out.println("misses:");
        for (Evaluation.Outcome outcome : evaluation.outcomes()) {
            if (!outcome.correct()) {
                String got = outcome.result().candidates().stream()
                        .map(c -> c.item().id() + String.format("(%.2f)", c.score()))
                        .collect(Collectors.joining(" "));
                out.printf(
                        "  [%s] %s  want=%s  got=%s %s rank=%d%n",
                        outcome.evalCase().kind(),
                        outcome.evalCase().question(),
                        outcome.evalCase().inScope()
                                ? String.join(",", outcome.evalCase().acceptable())
                                : "NONE",
                        outcome.result().outcome(),
                        got,
                        outcome.rank());
            }
        }
    }

    private static void line(PrintStream out, String label, Evaluation.Figures f) {
        out.printf(
                "%-14s %6d %6s %6s %6s %6d %9s %12s%n",
                label,
                f.inScope(),
                pct(f.top1()),
                pct(f.top3()),
                pct(f.mrr()),
                f.outOfScope(),
                pct(f.rejection()),
                pct(f.notAnswered()));
    }

    private static String pct(double value) {
        return Double.isNaN(value) ? "-" : String.format("%.3f", value);
    }
}
