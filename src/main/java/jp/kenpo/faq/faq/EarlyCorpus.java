package jp.kenpo.faq.faq;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The built-in corpus, loaded and validated on the prewarm thread while Quarkus boots (see {@code ops.Prewarm}).
 * Start-up takes it only when no corpus directory is configured; if the early load failed, start-up loads the
 * corpus itself and reports the real error.
 */
public final class EarlyCorpus {

    private static final CompletableFuture<FaqCorpus> LOADED = new CompletableFuture<>();
    private static volatile boolean started;

    private EarlyCorpus() {
    }

    /** Announces, before the thread that calls {@link #load} starts, that start-up should wait for it. */
    public static void expect() {
        started = true;
    }

    /** Loads the built-in corpus on the calling thread; empty when it is invalid. */
    public static Optional<FaqCorpus> load() {
        try {
            LOADED.complete(new CorpusLoader(CorpusSource.builtIn()).load());
        } catch (RuntimeException | LinkageError e) {
            LOADED.completeExceptionally(e);
        }
        return claim();
    }

    /** The early built-in corpus, waiting for it if it is still loading; empty if there is none. */
    static Optional<FaqCorpus> claim() {
        if (!started) {
            return Optional.empty();
        }
        try {
            return Optional.of(LOADED.join());
        } catch (RuntimeException failed) {
            return Optional.empty();
        }
    }
}
