package jp.kenpo.faq.matching;

import jp.kenpo.faq.faq.EarlyCorpus;
import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.text.JapaneseAnalyzer;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The built-in corpus's index, built from the first moments of the process on a background thread while Quarkus
 * boots (see {@code ops.Prewarm}). Configuration is not known that early, so the index is only a candidate: the
 * matcher takes it when the corpus start-up actually loaded is equal to the built-in one, and builds its own
 * otherwise (an operator's corpus directory) or when the early build failed (then the real build reports why).
 */
public final class EarlyIndex {

    private record Built(FaqCorpus corpus, MatchIndex index) {
    }

    private static final CompletableFuture<Built> BUILT = new CompletableFuture<>();
    private static volatile boolean started;

    private EarlyIndex() {
    }

    /** Announces, before the thread that calls {@link #build} starts, that the matcher should wait for it. */
    public static void expect() {
        EarlyCorpus.expect();
        started = true;
    }

    /** Builds the index of the built-in corpus (loaded early, see {@link EarlyCorpus}) on the calling thread. */
    public static void build() {
        try {
            FaqCorpus corpus = EarlyCorpus.load().orElseThrow(() -> new IllegalStateException("no built-in corpus"));
            JapaneseAnalyzer analyzer = new JapaneseAnalyzer(corpus.userDictionary(), corpus.synonymGroups());
            BUILT.complete(new Built(corpus, new MatchIndex(corpus, analyzer)));
        } catch (RuntimeException | LinkageError e) {
            BUILT.completeExceptionally(e);
        }
    }

    /** The early index if it was built for exactly this corpus (waiting for it if it is still being built). */
    static Optional<MatchIndex> claim(FaqCorpus corpus) {
        if (!started) {
            return Optional.empty();
        }
        try {
            Built built = BUILT.join();
            return built.corpus().equals(corpus) ? Optional.of(built.index()) : Optional.empty();
        } catch (RuntimeException failed) {
            return Optional.empty();
        }
    }
}
