package jp.kenpo.faq.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import jp.kenpo.faq.editing.EditionSync;
import jp.kenpo.faq.edition.Edition;
import jp.kenpo.faq.edition.ServedEdition;
import jp.kenpo.faq.personalization.Personalization;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the corpus is loaded, the matcher built and the rules compiled and warmed (all at start-up):
 * a load balancer sends no question before then. The first edition and the rules are singletons built at start-up:
 * this check cannot exist before they do, so taking them is the whole test of them. It says which revision of the
 * FAQ this replica serves, so an operator sees that every replica took the editors' latest.
 */
@Readiness
@ApplicationScoped
public class ServingReadiness implements HealthCheck {

    private final ServedEdition served;
    private final EditionSync sync;
    private final Duration catchUpWait;

    public ServingReadiness(
            ServedEdition served,
            Personalization personalization,
            EditionSync sync,
            @ConfigProperty(name = "kenpo.editing.catch-up-wait") Duration catchUpWait) {
        this.served = served;
        this.sync = sync;
        this.catchUpWait = catchUpWait;
    }

    /**
     * A replica started after editors published a revision serves the FAQ as shipped until it has read that
     * revision from the database: it is not ready before, unless the database takes longer than the wait to come up
     * (then it serves what it has, as it would with the database down).
     */
    private boolean caughtUp() {
        return sync.caughtUp(catchUpWait);
    }

    @Override
    public HealthCheckResponse call() {
        Edition edition = served.current();
        return HealthCheckResponse.named("faq-corpus-and-rules")
                .status(!edition.corpus().items().isEmpty() && caughtUp())
                .withData("faqItems", edition.corpus().items().size())
                .withData("faqRevision", edition.revision())
                .build();
    }
}
