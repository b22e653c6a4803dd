package jp.kenpo.faq.personalization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.kenpo.faq.faq.ItemAudience;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * The one door to Drools: runs the rules over a member's facts on a given day. The rule base is compiled
 * once (at build time in the application); each assessment gets a fresh, short-lived session. Thread-safe.
 */
public class Personalization {

    /**
     * The name a corpus gives in {@code rules:} of corpus.yaml to be personalised by these rules (rules/): they
     * cite the items of the 資格情報のお知らせ FAQ and mean nothing for another.
     */
    public static final String RULE_SET = "shikaku-notice";

    private final KieBase rules;
    private final List<AudienceOf> audiences;

    /** @param audiences the corpus's items written for some members only, for the rules to check */
    public Personalization(KieBase rules, List<ItemAudience> audiences) {
        this.rules = rules;
        this.audiences = audiences.stream()
                .flatMap(a -> a.audiences().stream().map(audience -> new AudienceOf(a.id().toString(), audience)))
                .toList();
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
            audiences.forEach(session::insert);
            session.fireAllRules();
            return new Findings(session.getObjects()).toAssessment(fired);
        } finally {
            session.dispose();
        }
    }
}
