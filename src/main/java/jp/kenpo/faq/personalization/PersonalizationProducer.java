package jp.kenpo.faq.personalization;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.kie.api.runtime.KieRuntimeBuilder;

import java.time.LocalDate;

/** The rules compiled at build time by the Drools extension; the first session is opened at start-up. */
public class PersonalizationProducer {

    @Produces
    @Singleton
    @Startup
    Personalization personalization(KieRuntimeBuilder runtime) {
        Personalization personalization = new Personalization(runtime.getKieBase());
        personalization.assess(MemberFacts.none(), LocalDate.of(2024, 8, 31));
        return personalization;
    }
}
