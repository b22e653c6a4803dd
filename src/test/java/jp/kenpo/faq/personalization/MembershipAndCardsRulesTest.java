package jp.kenpo.faq.personalization;

import static jp.kenpo.faq.personalization.Members.assess;
import static jp.kenpo.faq.personalization.Members.regular;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 8-1, 8-2, 12-1, 1-4, 11-3: what holds on the day asked about. */
class MembershipAndCardsRulesTest {

    static final String AFTER_LEAVING = "資格喪失後に届いたお知らせも内容を確認し返送せずご自身で処分する";
    static final String OLD_CARD_VALID = "特別措置期間終了の2025年12月1日までは現行の健康保険証を使用できる";
    static final String RETURN_CARD = "特別措置期間前に資格を喪失した方は健康保険証を当健保組合に返納する";
    static final String OLD_CARD_INVALID = "2025年12月2日以降はすべての健康保険証が無効のためご自身で処分する";
    static final String VISIT_UNTIL = "2025年12月1日までは受診にマイナ保険証か健康保険証が必要";
    static final String VISIT_FROM = "2025年12月2日以降は受診にマイナ保険証が必要";

    @Test
    void targetWhoLeftAfterTheReferenceDateChecksAndDisposesOfTheNotice() {
        Assessment a = assess(regular().qualificationLostOn(LocalDate.of(2024, 9, 1)));
        assertEquals(true, a.noticeTarget());
        assertTrue(a.firedRules().contains(AFTER_LEAVING));
        assertTrue(a.explanations().stream()
                .anyMatch(e -> e.faqIds().contains("8-1") && e.text().contains("ご自身で処分")));
    }

    /** Lost the day before, on, and after the day asked about. */
    @ParameterizedTest(name = "lost {0}, asked 2026-11-24: left={1}")
    @CsvSource({"2026-11-23, true", "2026-11-24, true", "2026-11-25, false"})
    void leavingCountsFromTheLossDate(LocalDate lost, boolean left) {
        Assessment a = assess(regular().qualificationLostOn(lost));
        assertEquals(left, a.firedRules().contains(AFTER_LEAVING));
    }

    /** Asked the day before, on, and after the end of the special measures. */
    @ParameterizedTest(name = "asked {0}: old card valid={1}")
    @CsvSource({"2025-11-30, true", "2025-12-01, true", "2025-12-02, false"})
    void oldCardAroundTheEndOfTheSpecialMeasures(LocalDate asOf, boolean valid) {
        Assessment a = Members.assess(regular(), asOf);
        assertEquals(valid, a.firedRules().contains(OLD_CARD_VALID));
        assertEquals(!valid, a.firedRules().contains(OLD_CARD_INVALID));
        assertEquals(valid, a.firedRules().contains(VISIT_UNTIL));
        assertEquals(!valid, a.firedRules().contains(VISIT_FROM));
    }

    /** The day alone decides, without any facts: the current state first, said for everyone (scope DAY). */
    @ParameterizedTest(name = "asked {0} without facts: invalid={1}")
    @CsvSource({"2025-12-01, false", "2025-12-02, true", "2026-11-29, true"})
    void withoutFactsTheDaySaysWhetherTheOldCardStillWorks(LocalDate asOf, boolean invalid) {
        Assessment a = TestRules.personalization().assess(MemberFacts.none(), asOf);
        assertEquals(!invalid, a.firedRules().contains(OLD_CARD_VALID));
        assertEquals(invalid, a.firedRules().contains(OLD_CARD_INVALID));
        Explanation first = a.explanations().get(0);
        assertEquals(Explanation.Scope.DAY, first.scope());
        assertEquals(
                invalid,
                a.explanations().stream()
                        .anyMatch(e -> e.faqIds().contains("12-1") && e.text().contains("無効")));
        assertTrue(a.explanations().stream()
                .filter(e -> e.faqIds().contains("12-1"))
                .allMatch(e -> e.text().startsWith(jp.kenpo.faq.personalization.Wording.date(asOf) + "時点")));
    }

    @Test
    void leftBeforeTheEndOfTheSpecialMeasuresReturnsTheCard() {
        Assessment a =
                Members.assess(regular().qualificationLostOn(LocalDate.of(2025, 4, 1)), LocalDate.of(2025, 6, 1));
        assertTrue(a.firedRules().contains(RETURN_CARD));
        assertFalse(a.firedRules().contains(OLD_CARD_VALID));
    }

    @Test
    void afterTheEndEveryCardIsInvalidAndNothingIsReturned() {
        Assessment a =
                Members.assess(regular().qualificationLostOn(LocalDate.of(2025, 4, 1)), LocalDate.of(2026, 11, 24));
        assertFalse(a.firedRules().contains(RETURN_CARD));
        assertTrue(a.explanations().stream()
                .anyMatch(e -> e.code().equals("OLD_CARD_INVALID") && e.text().contains("回収はいたしません")));
    }
}
