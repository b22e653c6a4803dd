package jp.kenpo.faq.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.kenpo.faq.faq.CorpusLoader;
import jp.kenpo.faq.faq.CorpusSource;
import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.matching.Matcher;
import jp.kenpo.faq.matching.MatcherFactory;
import jp.kenpo.faq.matching.eval.EvalSet;
import jp.kenpo.faq.matching.eval.ServiceThresholds;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * In-process matching latency (analysis, scoring, classifier, decision) for the real corpus and for synthetic
 * corpora of 1,000 and 10,000 items, over the golden questions. Run by bench/benchmark.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MatchingBenchmark {

    @Param({"40", "1000", "10000"})
    public int items;

    private Matcher matcher;
    private List<String> questions;
    private int next;

    @Setup
    public void build() throws Exception {
        FaqCorpus real = new CorpusLoader(CorpusSource.directory(Path.of("faq-corpus"))).load();
        FaqCorpus corpus = items == real.items().size() ? real : SyntheticCorpus.of(real, items);
        matcher = MatcherFactory.create(corpus, ServiceThresholds.load());
        questions = EvalSet.read(Path.of("faq-corpus/checks/golden.tsv")).stream()
                .map(c -> c.question())
                .toList();
    }

    @Benchmark
    public Object match() {
        next = (next + 1) % questions.size();
        return matcher.match(questions.get(next), 3);
    }
}
