package jp.kenpo.faq.answer;

import jp.kenpo.faq.matching.MatchOutcome;
import jp.kenpo.faq.matching.ScoredItem;
import jp.kenpo.faq.personalization.Explanation;
import jp.kenpo.faq.personalization.FollowUp;

import java.util.List;
import java.util.Optional;

/**
 * What the service answers to a question, whatever the channel.
 *
 * @param outcome         answer, suggestion ("did you mean") or no match
 * @param best            the item to show; empty for no match
 * @param candidates      ranked items, one per answer group, best first
 * @param personalization statements from the member's facts that belong with the answer
 * @param followUps       questions whose answers would personalise the answer further
 * @param contact         the contact desk, present for no match
 */
public record Answer(MatchOutcome outcome, Optional<ScoredItem> best, List<ScoredItem> candidates,
                     List<Explanation> personalization, List<FollowUp> followUps, Optional<ContactDesk> contact) {

    public boolean answered() {
        return best.isPresent();
    }
}
