package jp.kenpo.faq.answer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.kenpo.faq.faq.FaqId;
import jp.kenpo.faq.personalization.Assessment;
import jp.kenpo.faq.personalization.FollowUp;
import jp.kenpo.faq.personalization.MemberFacts;
import jp.kenpo.faq.personalization.Personalization;

/**
 * The rules' verdict for a member who has told us nothing: it depends only on the day (and the corpus), and most
 * questions come without facts, so it is worked out once per day instead of once per question — the day's
 * statements, and per item the follow-up questions worth asking (which take a few rule runs each, once a day).
 */
final class FactlessAssessment {

    private record OnDay(LocalDate day, Assessment assessment, Map<FaqId, List<FollowUp>> followUps) {}

    /** Today, and the few other days clients ask about (asOf); more are dropped and worked out again. */
    private static final int DAYS_KEPT = 8;

    private final Personalization personalization;
    private final UsefulFollowUps useful;
    private final Map<LocalDate, OnDay> days = new ConcurrentHashMap<>();

    FactlessAssessment(Personalization personalization, UsefulFollowUps useful) {
        this.personalization = personalization;
        this.useful = useful;
    }

    Assessment on(LocalDate day) {
        return onDay(day).assessment();
    }

    /** The follow-ups for an item answered without facts on that day. */
    List<FollowUp> followUps(LocalDate day, FaqId item) {
        OnDay known = onDay(day);
        return known.followUps()
                .computeIfAbsent(item, id -> useful.forItem(id, MemberFacts.none(), day, known.assessment()));
    }

    private OnDay onDay(LocalDate day) {
        OnDay known = days.get(day);
        if (known != null) {
            return known;
        }
        if (days.size() >= DAYS_KEPT) {
            days.clear();
        }
        return days.computeIfAbsent(
                day, d -> new OnDay(d, personalization.assess(MemberFacts.none(), d), new ConcurrentHashMap<>()));
    }
}
