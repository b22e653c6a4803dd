package jp.kenpo.faq.faq;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** Loads and validates the corpus once, at start-up, so a broken corpus stops the service from starting. */
public class CorpusProducer {

    private static final Logger LOG = Logger.getLogger(CorpusProducer.class);

    @Produces
    @Singleton
    @Startup
    FaqCorpus corpus(CorpusConfig config) {
        CorpusSource source = config.directory().map(CorpusSource::directory).orElseGet(CorpusSource::builtIn);
        FaqCorpus corpus = new CorpusLoader(source).load();
        LOG.infof("FAQ corpus loaded: %d items, %d alternates, %d synonym groups", corpus.items().size(),
                corpus.alternates().values().stream().mapToInt(java.util.List::size).sum(), corpus.synonymGroups().size());
        return corpus;
    }
}
