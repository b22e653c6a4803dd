package jp.kenpo.faq.api;

import java.util.List;
import jp.kenpo.faq.personalization.Assessment;
import jp.kenpo.faq.personalization.Explanation;
import jp.kenpo.faq.personalization.MissingFact;

/** Answer of {@code POST /api/v1/assessment}: the member's verdicts; null where facts are missing. */
public record AssessmentView(
        String referenceDate,
        Boolean noticeTarget,
        String reason,
        Boolean laterNoticeWithoutDigits,
        String delivery,
        Boolean copayRatioPrinted,
        Integer copayRatio,
        Boolean canUseMynaCard,
        List<Explanation> explanations,
        List<String> missingFacts) {

    static AssessmentView of(Assessment a) {
        return new AssessmentView(
                a.referenceDate() == null ? null : a.referenceDate().toString(),
                a.noticeTarget(),
                a.reason() == null ? null : a.reason().name(),
                a.laterNoticeWithoutDigits(),
                a.delivery() == null ? null : a.delivery().name(),
                a.copayRatioPrinted(),
                a.copayRatio(),
                a.canUseMynaCard(),
                a.explanations(),
                a.missingFacts().stream()
                        .map(MissingFact::getFact)
                        .map(f -> f.key())
                        .toList());
    }
}
