package jp.kenpo.faq.answer;

import jp.kenpo.faq.faq.FaqId;
import jp.kenpo.faq.matching.ScoredItem;
import jp.kenpo.faq.personalization.Assessment;
import jp.kenpo.faq.personalization.InsuredType;
import jp.kenpo.faq.personalization.MemberFacts;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Mine didn't come" has two answers: for a member who was in the mailing it is where and how it was sent
 * (6-1, 6-2); for one who was not, why not (5-2 for the insured, 5-3 for a dependant). Items that presume the
 * notice arrived (6-1, 6-2 where it went; 8-1, 8-2 received after leaving) do not fit a member who was not
 * sent it. The member's verdict picks the one that fits.
 */
final class ItemChoice {

    private static final Set<FaqId> NOT_RECEIVED = Set.of(FaqId.parse("5-2"), FaqId.parse("5-3"),
            FaqId.parse("5-4"), FaqId.parse("5-5"));
    private static final Set<FaqId> WHERE_SENT = Set.of(FaqId.parse("6-1"), FaqId.parse("6-2"));
    private static final Set<FaqId> PRESUME_RECEIVED = Set.of(FaqId.parse("6-1"), FaqId.parse("6-2"),
            FaqId.parse("8-1"), FaqId.parse("8-2"));

    private ItemChoice() {
    }

    /** The item to answer with instead of {@code best}, if the member's verdict calls for another. */
    static Optional<ScoredItem> replacement(ScoredItem best, Assessment assessment, MemberFacts member,
                                            List<ScoredItem> ranking) {
        FaqId id = best.item().id();
        if (Boolean.TRUE.equals(assessment.noticeTarget()) && NOT_RECEIVED.contains(id)) {
            return firstOf(ranking, WHERE_SENT);
        }
        if (Boolean.FALSE.equals(assessment.noticeTarget()) && PRESUME_RECEIVED.contains(id)) {
            FaqId why = member.getInsuredType() == InsuredType.DEPENDENT ? FaqId.parse("5-3") : FaqId.parse("5-2");
            return firstOf(ranking, Set.of(why));
        }
        return Optional.empty();
    }

    private static Optional<ScoredItem> firstOf(List<ScoredItem> ranking, Set<FaqId> ids) {
        return ranking.stream().filter(scored -> ids.contains(scored.item().id())).findFirst();
    }
}
