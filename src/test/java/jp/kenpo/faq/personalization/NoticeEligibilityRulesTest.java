package jp.kenpo.faq.personalization;

import static jp.kenpo.faq.personalization.Members.assess;
import static jp.kenpo.faq.personalization.Members.regular;
import static jp.kenpo.faq.personalization.Members.voluntary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 5-1…5-5: who was in the bulk mailing, why not, and whether a later notice comes. */
class NoticeEligibilityRulesTest {

    static final String TARGET = "基準日時点で資格があり基準日までにマイナンバーを登録済みの方は一斉送付の対象";
    static final String NOT_ENROLLED = "基準日時点で当健保組合の資格がない方は一斉送付の対象外";
    static final String NOT_REGISTERED = "基準日時点で資格があっても基準日までにマイナンバーを登録していない方は一斉送付の対象外";
    static final String LATER_NOTICE = "一斉送付の対象外となった加入中の方には後日マイナンバーの下4桁が表記されない形式のお知らせを送付予定";
    static final String NO_LATER_NOTICE = "すでに資格を喪失した方はあらためて作成するお知らせの対象外";

    @Test
    void regularReferenceDateIsAugust31() {
        Assessment a = assess(regular());
        assertEquals(LocalDate.of(2024, 8, 31), a.referenceDate());
        assertTrue(a.firedRules().contains("基準日は2024年8月31日時点"));
    }

    @Test
    void voluntaryAndSpecialRetirementReferenceDateIsSeptember14() {
        assertEquals(LocalDate.of(2024, 9, 14), assess(voluntary()).referenceDate());
        assertEquals(
                LocalDate.of(2024, 9, 14),
                assess(regular().scheme(Scheme.SPECIAL_RETIREMENT)).referenceDate());
        assertTrue(assess(voluntary()).firedRules().contains("任意継続・特例退職制度の被保険者・被扶養者は基準日が2024年9月14日時点"));
    }

    /** My Number registered the day before, on, and after the reference date. */
    @ParameterizedTest(name = "{0} registered {1}: target={2}")
    @CsvSource({
        "REGULAR, 2024-08-30, true",
        "REGULAR, 2024-08-31, true",
        "REGULAR, 2024-09-01, false",
        "VOLUNTARY_CONTINUATION, 2024-09-13, true",
        "VOLUNTARY_CONTINUATION, 2024-09-14, true",
        "VOLUNTARY_CONTINUATION, 2024-09-15, false",
        "SPECIAL_RETIREMENT, 2024-09-14, true",
        "SPECIAL_RETIREMENT, 2024-09-15, false"
    })
    void myNumberMustBeRegisteredByTheReferenceDate(Scheme scheme, LocalDate registered, boolean target) {
        Assessment a = assess(regular().scheme(scheme).myNumberRegisteredOn(registered));
        assertEquals(target, a.noticeTarget());
        assertTrue(
                a.firedRules().contains(target ? TARGET : NOT_REGISTERED),
                a.firedRules().toString());
        assertEquals(
                target ? Reason.ENROLLED_AND_REGISTERED : Reason.MY_NUMBER_NOT_REGISTERED_BY_REFERENCE_DATE,
                a.reason());
    }

    /** Acquired the day before, on, and after the reference date. */
    @ParameterizedTest(name = "{0} acquired {1}: target={2}")
    @CsvSource({
        "REGULAR, 2024-08-30, true",
        "REGULAR, 2024-08-31, true",
        "REGULAR, 2024-09-01, false",
        "VOLUNTARY_CONTINUATION, 2024-09-14, true",
        "VOLUNTARY_CONTINUATION, 2024-09-15, false"
    })
    void memberMustBeEnrolledOnTheReferenceDate(Scheme scheme, LocalDate acquired, boolean target) {
        Assessment a = assess(regular()
                .scheme(scheme)
                .qualificationAcquiredOn(acquired)
                .myNumberRegisteredOn(LocalDate.of(2024, 8, 1)));
        assertEquals(target, a.noticeTarget());
        assertTrue(
                a.firedRules().contains(target ? TARGET : NOT_ENROLLED),
                a.firedRules().toString());
    }

    /** 資格喪失日 is the first day without coverage: lost on 8-31 means not enrolled on 8-31; lost on 9-01 means enrolled. */
    @ParameterizedTest(name = "lost {0}: target={1}")
    @CsvSource({"2024-08-30, false", "2024-08-31, false", "2024-09-01, true", "2024-09-02, true"})
    void lostOnTheReferenceDateIsNoLongerEnrolled(LocalDate lost, boolean target) {
        Assessment a = assess(regular().qualificationLostOn(lost));
        assertEquals(target, a.noticeTarget());
        assertEquals(target ? Reason.ENROLLED_AND_REGISTERED : Reason.NOT_ENROLLED_ON_REFERENCE_DATE, a.reason());
    }

    @Test
    void enrollmentIsCheckedBeforeMyNumber() {
        Assessment a = assess(
                regular().qualificationAcquiredOn(LocalDate.of(2024, 9, 1)).myNumberRegisteredOn(null));
        assertEquals(Reason.NOT_ENROLLED_ON_REFERENCE_DATE, a.reason());
        assertFalse(a.firedRules().contains(NOT_REGISTERED));
    }

    @Test
    void neverRegisteredIsNotATarget() {
        Assessment a = assess(regular().myNumberRegisteredOn(null));
        assertEquals(false, a.noticeTarget());
        assertEquals(Reason.MY_NUMBER_NOT_REGISTERED_BY_REFERENCE_DATE, a.reason());
    }

    @Test
    void nonTargetStillEnrolledGetsALaterNoticeWithoutDigits() {
        Assessment a = assess(regular().myNumberRegisteredOn(LocalDate.of(2024, 9, 10)));
        assertEquals(true, a.laterNoticeWithoutDigits());
        assertTrue(a.firedRules().contains(LATER_NOTICE));
        assertTrue(a.explanations().stream()
                .anyMatch(e -> e.faqIds().contains("5-5") && e.text().contains("下4桁は表記されません")));
    }

    /** Lost the day before, on, and after the day asked about. */
    @ParameterizedTest(name = "lost {0}, asked 2026-11-24: later notice={1}")
    @CsvSource({"2026-11-23, false", "2026-11-24, false", "2026-11-25, true"})
    void nonTargetWhoHasLeftGetsNoLaterNotice(LocalDate lost, boolean later) {
        Assessment a = assess(
                regular().qualificationAcquiredOn(LocalDate.of(2024, 10, 1)).qualificationLostOn(lost));
        assertEquals(false, a.noticeTarget());
        assertEquals(later, a.laterNoticeWithoutDigits());
        assertTrue(
                a.firedRules().contains(later ? LATER_NOTICE : NO_LATER_NOTICE),
                a.firedRules().toString());
    }

    @Test
    void targetGetsNoLaterNotice() {
        Assessment a = assess(regular());
        assertEquals(false, a.laterNoticeWithoutDigits());
        assertFalse(a.firedRules().contains(LATER_NOTICE));
    }

    @Test
    void unknownSchemeLeavesEverythingDateBasedOpenAndAsksForIt() {
        Assessment a = assess(regular().scheme(null));
        assertNull(a.referenceDate());
        assertNull(a.noticeTarget());
        assertEquals(Fact.SCHEME, a.missingFacts().get(0).getFact());
    }

    @Test
    void unknownRegistrationIsAskedFor() {
        Assessment a = TestRules.personalization()
                .assess(
                        MemberFacts.builder()
                                .scheme(Scheme.REGULAR)
                                .qualificationAcquiredOn(LocalDate.of(2020, 4, 1))
                                .qualificationLostOn(null)
                                .build(),
                        Members.TODAY);
        assertNull(a.noticeTarget());
        assertTrue(a.missingFacts().stream().anyMatch(m -> m.getFact() == Fact.MY_NUMBER_REGISTERED_ON));
        assertTrue(a.firedRules().contains("マイナンバーの登録日が分からなければ一斉送付の対象か判断できない"));
    }

    @Test
    void knownNonEnrollmentNeedsNoRegistrationDate() {
        Assessment a = TestRules.personalization()
                .assess(
                        MemberFacts.builder()
                                .scheme(Scheme.REGULAR)
                                .qualificationAcquiredOn(LocalDate.of(2024, 9, 1))
                                .qualificationLostOn(null)
                                .build(),
                        Members.TODAY);
        assertEquals(false, a.noticeTarget());
        // the rule may fire before the reference date is known; its logical fact is withdrawn once it is
        assertTrue(
                a.missingFacts().stream()
                        .filter(m -> m.getFact() == Fact.MY_NUMBER_REGISTERED_ON)
                        .allMatch(m -> !m.getFaqIds().contains("5-1")),
                a.missingFacts().toString());
    }
}
