package jp.kenpo.faq.personalization;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import jp.kenpo.faq.faq.FaqCorpus;
import org.kie.api.runtime.KieRuntimeBuilder;

/** The rules compiled at build time by the Drools extension; the first session is opened at start-up. */
public class PersonalizationProducer {

    private static final org.jboss.logging.Logger LOG =
            org.jboss.logging.Logger.getLogger(PersonalizationProducer.class);

    @Produces
    @Singleton
    @Startup
    Personalization personalization(KieRuntimeBuilder runtime, FaqCorpus corpus) {
        long start = System.nanoTime();
        Personalization personalization = new Personalization(runtime.getKieBase(), corpus.audiences());
        personalization.assess(MemberFacts.none(), LocalDate.of(2024, 8, 31));
        if (corpus.uses(Personalization.RULE_SET)) {
            LOG.infof("Rules ready (%d ms)", (System.nanoTime() - start) / 1_000_000);
        } else {
            LOG.infof(
                    "Rules not used: the corpus does not name the rule set '%s' (rules: in corpus.yaml), so answers"
                            + " are plain, with no follow-up questions",
                    Personalization.RULE_SET);
        }
        return personalization;
    }
}
