package jp.kenpo.faq.matching.eval;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import jp.kenpo.faq.faq.CorpusLoader;
import jp.kenpo.faq.faq.CorpusSource;
import jp.kenpo.faq.matching.MatcherFactory;
import jp.kenpo.faq.matching.MatchingConfig;
import jp.kenpo.faq.matching.ScoredItem;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code ./mvnw -q compile exec:java -Dexec.args=FILE.tsv}: scores the matcher on an evaluation TSV with the
 * service's own thresholds and corpus, printing top-1, top-3, MRR and out-of-scope rejection, overall and
 * per kind, then every miss.
 */
public final class EvaluateCommand {

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: EvaluateCommand QUESTIONS.tsv");
            System.exit(2);
        }
        Path corpusDir = Path.of("faq-corpus");
        CorpusSource source = Files.isDirectory(corpusDir) ? CorpusSource.directory(corpusDir) : CorpusSource.builtIn();
        var matcher = MatcherFactory.create(new CorpusLoader(source).load(), serviceConfig().thresholds());
        Evaluation evaluation = new Evaluation(matcher, EvalSet.read(Path.of(args[0])));
        report(evaluation, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    private static MatchingConfig serviceConfig() throws IOException {
        URL properties = EvaluateCommand.class.getClassLoader().getResource("application.properties");
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, 250))
                .withMapping(MatchingConfig.class)
                .build();
        return config.getConfigMapping(MatchingConfig.class);
    }

    static void report(Evaluation evaluation, PrintStream out) {
        out.printf("%-14s %6s %6s %6s %6s %6s %9s%n", "kind", "n", "top1", "top3", "MRR", "n_oos", "rejected");
        line(out, "overall", evaluation.overall());
        for (Map.Entry<String, Evaluation.Figures> kind : evaluation.byKind().entrySet()) {
            line(out, kind.getKey(), kind.getValue());
        }
        out.println();
        out.println("misses:");
        for (Evaluation.Outcome outcome : evaluation.outcomes()) {
            if (!outcome.correct()) {
                String got = outcome.result().candidates().stream()
                        .map(c -> c.item().id() + String.format("(%.2f)", c.score()))
                        .collect(Collectors.joining(" "));
                out.printf("  [%s] %s  want=%s  got=%s %s rank=%d%n", outcome.evalCase().kind(),
                        outcome.evalCase().question(),
                        outcome.evalCase().inScope() ? String.join(",", outcome.evalCase().acceptable()) : "NONE",
                        outcome.result().outcome(), got, outcome.rank());
            }
        }
    }

    private static void line(PrintStream out, String label, Evaluation.Figures f) {
        out.printf("%-14s %6d %6s %6s %6s %6d %9s%n", label, f.inScope(), pct(f.top1()), pct(f.top3()),
                pct(f.mrr()), f.outOfScope(), pct(f.rejection()));
    }

    private static String pct(double value) {
        return Double.isNaN(value) ? "-" : String.format("%.3f", value);
    }
}
