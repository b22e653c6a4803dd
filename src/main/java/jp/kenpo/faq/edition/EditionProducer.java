package jp.kenpo.faq.edition;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jp.kenpo.faq.faq.CorpusConfig;
import jp.kenpo.faq.faq.CorpusLoader;
import jp.kenpo.faq.faq.CorpusProducer;
import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.matching.Matcher;
import jp.kenpo.faq.matching.MatchingConfig;
import org.jboss.logging.Logger;

/** Builds the first edition, the FAQ as shipped, at start-up, so the first question is as fast as the rest. */
public class EditionProducer {

    private static final Logger LOG = Logger.getLogger(EditionProducer.class);

    @Produces
    @Singleton
    @Startup
    ServedEdition served(FaqCorpus shipped, CorpusConfig corpusConfig, MatchingConfig config) {
        long start = System.nanoTime();
        var checks = new CorpusLoader(CorpusProducer.source(corpusConfig)).checks();
        ServedEdition served = new ServedEdition(shipped, config.thresholds(), checks);
        long millis = (System.nanoTime() - start) / 1_000_000;
        var matcher = served.current().matcher();
        if (matcher.hasClassifier()) {
            LOG.infof(
                    "Matcher ready: dictionary, index and classifier (%d ms, of which training the classifier %d ms)",
                    millis, matcher.trainingMillis());
        } else {
            // said where an operator looks: the same FAQ matches less well above the limit (README, "Any FAQ")
            LOG.infof(
                    "Matcher ready: dictionary and index (%d ms); no classifier, since %d items are more than the %d"
                            + " it is trained on at start-up: matching and refusals rest on the lexical score alone",
                    millis, shipped.items().size(), Matcher.classifierLimit());
        }
        return served;
    }
}
