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
 * a load balancer sends no question before then.
 */
@Readiness
@ApplicationScoped
public class ServingReadiness implements HealthCheck {

    private final FaqCorpus corpus;
    private final Matcher matcher;
    private final Personalization personalization;

    public ServingReadiness(FaqCorpus corpus, Matcher matcher, Personalization personalization) {
        this.corpus = corpus;
        this.matcher = matcher;
        this.personalization = personalization;
    }

    @Override
    public HealthCheckResponse call() {
        boolean ready = !corpus.items().isEmpty() && matcher != null && personalization != null;
        return HealthCheckResponse.named("faq-corpus-and-rules").status(ready)
                .withData("faqItems", corpus.items().size()).build();
    }
}
