package jp.kenpo.faq.matching;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jp.kenpo.faq.faq.FaqCorpus;

/** Builds the index at start-up and warms the tokenizer, so the first question is as fast as the rest. */
public class MatcherProducer {

    @Produces
    @Singleton
    @Startup
    Matcher matcher(FaqCorpus corpus, MatchingConfig config) {
        Matcher matcher = MatcherFactory.create(corpus, config.thresholds());
        matcher.match("資格情報のお知らせが届きません", 3);
        return matcher;
    }
}
