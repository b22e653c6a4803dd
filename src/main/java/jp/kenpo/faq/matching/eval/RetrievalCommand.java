package jp.kenpo.faq.matching.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kenpo.faq.faq.CorpusLoader;
import jp.kenpo.faq.faq.CorpusSource;
import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.matching.MatchOutcome;
import jp.kenpo.faq.matching.MatchResult;
import jp.kenpo.faq.matching.Matcher;
import jp.kenpo.faq.matching.MatcherFactory;
import jp.kenpo.faq.matching.ScoredItem;

/**
 * {@code ./mvnw -q compile exec:java -Dexec.mainClass=jp.kenpo.faq.matching.eval.RetrievalCommand
 * -Dexec.args="CORPUS_DIR QUERIES.tsv"}: scores the matcher on any corpus directory (a {@code faq.csv} alone
 * will do) against labelled queries, as the published FAQ-retrieval figures are taken: P@1 (the item answered
 * best is relevant), Success@5, MRR@10, and how many queries got no answer at all.
 *
 * <p>The query file is TSV with a header: {@code query}, {@code relevant} and optionally {@code partly_relevant},
 * each a comma-separated list of item ids; both grades count as relevant.
 */
public final class RetrievalCommand {

    private static final int DEPTH = 10;

    /** One labelled query. */
    record Query(String text, Set<String> relevant) {}

    /**
     * The figures over a query file.
     *
     * @param rankedFirst how often the best ranked item is relevant whatever the outcome: P@1 with no refusals
     */
    record Figures(
            int queries, double precisionAt1, double successAt5, double mrrAt10, int noMatch, double rankedFirst) {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: RetrievalCommand CORPUS_DIR QUERIES.tsv");
            System.exit(2);
        }
        long start = System.nanoTime();
        FaqCorpus corpus = new CorpusLoader(CorpusSource.directory(Path.of(args[0]))).load();
        Matcher matcher = MatcherFactory.create(corpus, ServiceThresholds.load());
        long built = (System.nanoTime() - start) / 1_000_000;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Figures figures = score(matcher, read(Path.of(args[1])));
        out.printf(
                "corpus %s: %d items, matcher built in %d ms%n",
                args[0], corpus.items().size(), built);
        out.printf(
                "queries %d  P@1 %.3f  Success@5 %.3f  MRR@10 %.3f  NO_MATCH %d  (best ranked relevant %.3f)%n",
                figures.queries(),
                figures.precisionAt1(),
                figures.successAt5(),
                figures.mrrAt10(),
                figures.noMatch(),
                figures.rankedFirst());
    }

    static Figures score(Matcher matcher, List<Query> queries) {
        double p1 = 0;
        double s5 = 0;
        double mrr = 0;
        int noMatch = 0;
        double rankedTop = 0;
        for (Query query : queries) {
            MatchResult result = matcher.match(query.text(), DEPTH);
            if (!result.ranking().isEmpty() && relevant(query, result.ranking().get(0))) {
                rankedTop++;
            }
            if (result.outcome() == MatchOutcome.NO_MATCH) {
                noMatch++;
            }
            if (result.best().filter(best -> relevant(query, best)).isPresent()) {
                p1++;
            }
            List<ScoredItem> candidates = result.candidates();
            for (int rank = 0; rank < Math.min(DEPTH, candidates.size()); rank++) {
                if (relevant(query, candidates.get(rank))) {
                    s5 += rank < 5 ? 1 : 0;
                    mrr += 1.0 / (rank + 1);
                    break;
                }
            }
        }
        int n = queries.size();
        return new Figures(n, p1 / n, s5 / n, mrr / n, noMatch, rankedTop / n);
    }

    private static boolean relevant(Query query, ScoredItem item) {
        return query.relevant().contains(item.item().id().toString());
    }

    static List<Query> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Query> queries = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            Set<String> relevant = Arrays.stream(fields)
                    .skip(1)
                    .flatMap(list -> Arrays.stream(list.split(",")))
                    .map(String::strip)
                    .filter(id -> !id.isEmpty())
                    .collect(Collectors.toSet());
            queries.add(new Query(fields[0].strip(), relevant));
        }
        return queries;
    }
}
