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
        matcher.match("資格情報のお知らせが届きません", 3);
        LOG.infof(
                "Matcher ready: dictionary, index and classifier (%d ms, of which training the classifier %d ms)",
                (System.nanoTime() - start) / 1_000_000, matcher.trainingMillis());
        return matcher;
    }
}
