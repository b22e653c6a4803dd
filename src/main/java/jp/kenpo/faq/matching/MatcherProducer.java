package jp.kenpo.faq.matching;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jp.kenpo.faq.faq.FaqCorpus;

/** Builds the index and trains the classifier at start-up and warms the tokenizer, so the first question is as fast as the rest. */
public class MatcherProducer {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(MatcherProducer.class);

    @Produces
    @Singleton
    @Startup
    Matcher matcher(FaqCorpus corpus, MatchingConfig config) {
        long start = System.nanoTime();
        Matcher matcher = MatcherFactory.create(corpus, config.thresholds());
        matcher.match(corpus.items().get(0).question(), 3);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (matcher.hasClassifier()) {
            LOG.infof(
                    "Matcher ready: dictionary, index and classifier (%d ms, of which training the classifier %d ms)",
                    millis, matcher.trainingMillis());
        } else {
            // said where an operator looks: the same FAQ matches less well above the limit (README, "Any FAQ")
            LOG.infof(
                    "Matcher ready: dictionary and index (%d ms); no classifier, since %d items are more than the %d"
                            + " it is trained on at start-up: matching and refusals rest on the lexical score alone",
                    millis, corpus.items().size(), ItemClassifier.MAX_ITEMS);
        }
        return matcher;
    }
}
