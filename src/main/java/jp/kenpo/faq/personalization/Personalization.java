package jp.kenpo.faq.personalization;

import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The one door to Drools: runs the rules over a member's facts on a given day. The rule base is compiled
 * once (at build time in the application); each assessment gets a fresh, short-lived session. Thread-safe.
 */
public class Personalization {

    private final KieBase rules;

    public Personalization(KieBase rules) {
        this.rules = rules;
    }

    public Assessment assess(MemberFacts member, LocalDate asOf) {
        KieSession session = rules.newKieSession();
        try {
            List<String> fired = new ArrayList<>();
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired.add(event.getMatch().getRule().getName());
                }
            });
            session.insert(member);
            session.insert(new AsOf(asOf));
            session.fireAllRules();
            return new Findings(session.getObjects()).toAssessment(fired);
        } finally {
            session.dispose();
        }
    }
}
