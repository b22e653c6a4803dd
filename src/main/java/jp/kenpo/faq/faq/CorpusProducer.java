package jp.kenpo.faq.faq;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * Loads and validates the corpus as shipped once, at start-up, so a broken corpus stops the service from starting.
 * Requests answer from {@code ServedEdition}, which editors' published changes replace.
 */
public class CorpusProducer {

    private static final Logger LOG = Logger.getLogger(CorpusProducer.class);

    @Produces
    @Singleton
    @Startup
    FaqCorpus corpus(CorpusConfig config) {
        long start = System.nanoTime();
        FaqCorpus corpus = new CorpusLoader(source(config)).load();
        LOG.infof(
                "FAQ corpus loaded: %d items, %d alternates, %d synonym groups (%d ms)",
                corpus.items().size(),
                corpus.alternates().values().stream()
                        .mapToInt(java.util.List::size)
                        .sum(),
                corpus.synonymGroups().size(),
                (System.nanoTime() - start) / 1_000_000);
        return corpus;
    }

    /** The directory configured, or else the corpus built into the application. */
    public static CorpusSource source(CorpusConfig config) {
        return config.directory()
                .map(directory -> CorpusSource.directory(existing(directory)))
                .orElseGet(CorpusSource::builtIn);
    }

    private static java.nio.file.Path existing(java.nio.file.Path directory) {
        if (!java.nio.file.Files.isDirectory(directory)) {
            throw new IllegalStateException("kenpo.corpus.directory: " + directory + " is not a directory");
        }
        return directory;
    }
}
