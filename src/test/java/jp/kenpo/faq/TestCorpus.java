package jp.kenpo.faq;

import java.nio.file.Path;
import jp.kenpo.faq.faq.CorpusLoader;
import jp.kenpo.faq.faq.CorpusSource;
import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.matching.Matcher;
import jp.kenpo.faq.matching.MatcherFactory;
import jp.kenpo.faq.matching.eval.ServiceThresholds;

/** The project's real corpus and matcher, built once per test JVM (both are immutable). */
public final class TestCorpus {

    public static final Path DIRECTORY = Path.of("faq-corpus");

    private static FaqCorpus corpus;
    private static Matcher matcher;

    private TestCorpus() {}

    public static synchronized FaqCorpus corpus() {
        if (corpus == null) {
            corpus = new CorpusLoader(CorpusSource.directory(DIRECTORY)).load();
        }
        return corpus;
    }

    public static synchronized Matcher matcher() {
        if (matcher == null) {
            matcher = MatcherFactory.create(corpus(), ServiceThresholds.load());
        }
        return matcher;
    }
}
