package jp.kenpo.faq.answer;

import jp.kenpo.faq.personalization.Assessment;
import jp.kenpo.faq.personalization.MemberFacts;
import jp.kenpo.faq.personalization.Personalization;

import java.time.LocalDate;

/**
 * The rules' verdict for a member who has told us nothing: it depends only on the day, and most questions
 * come without facts, so it is worked out once per day instead of once per question.
 */
final class FactlessAssessment {

    private record OnDay(LocalDate day, Assessment assessment) {
    }

    private final Personalization personalization;
    private volatile OnDay latest;

    FactlessAssessment(Personalization personalization) {
        this.personalization = personalization;
    }

    Assessment on(LocalDate day) {
        OnDay known = latest;
        if (known != null && known.day().equals(day)) {
            return known.assessment();
        }
        Assessment assessment = personalization.assess(MemberFacts.none(), day);
        if (known == null || !day.isBefore(known.day())) {
            latest = new OnDay(day, assessment);
        }
        return assessment;
    }
}
