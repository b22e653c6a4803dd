package jp.kenpo.faq.answer;

import java.util.List;
import java.util.Optional;
import jp.kenpo.faq.faq.FaqSource;
import jp.kenpo.faq.matching.MatchOutcome;
import jp.kenpo.faq.matching.ScoredItem;
import jp.kenpo.faq.personalization.Explanation;
import jp.kenpo.faq.personalization.FollowUp;

/**
 * What the service answers to a question, whatever the channel.
 *
 * @param id              this answer's own id: feedback and the question log refer to it
 * @param outcome         answer, suggestion ("did you mean") or no match
 * @param best            the item to show; empty for no match
 * @param candidates      ranked items, one per answer group, best first
 * @param personalization statements that belong with the answer: the day's current state first (for everyone),
 *                        then those from the member's facts
 * @param followUps       questions whose answers would change the answer
 * @param contact         the contact desk: for no match, and where a statement sends the member to it
 * @param choice          which item was matched and which is shown, with the rules' findings; empty for no match
 * @param source          the FAQ document and its 作成日, so the member knows how old the text is
 */
public record Answer(
        String id,
        MatchOutcome outcome,
        Optional<ScoredItem> best,
        List<ScoredItem> candidates,
        List<Explanation> personalization,
        List<FollowUp> followUps,
        Optional<ContactDesk> contact,
        Optional<Choice> choice,
        FaqSource source) {

    public boolean answered() {
        return best.isPresent();
    }
}
