package jp.kenpo.faq.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.matching.Matcher;
import jp.kenpo.faq.personalization.Personalization;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the corpus is loaded, the matcher built and the rules compiled and warmed (all at start-up):
 * a load balancer sends no question before then. The matcher and the rules are singletons built at start-up:
 * this check cannot exist before they do, so taking them is the whole test of them.
 */
@Readiness
@ApplicationScoped
public class ServingReadiness implements HealthCheck {

    private final FaqCorpus corpus;

    public ServingReadiness(FaqCorpus corpus, Matcher matcher, Personalization personalization) {
        this.corpus = corpus;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("faq-corpus-and-rules")
                .status(!corpus.items().isEmpty())
                .withData("faqItems", corpus.items().size())
                .build();
    }
}
