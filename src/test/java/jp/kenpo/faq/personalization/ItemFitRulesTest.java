package jp.kenpo.faq.personalization;

import static jp.kenpo.faq.personalization.Members.assess;
import static jp.kenpo.faq.personalization.Members.regular;
import static jp.kenpo.faq.personalization.Members.voluntary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import jp.kenpo.faq.faq.Audience;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/item-fit.drl with faq-corpus/audiences.yaml: which items fit the member, and why. */
class ItemFitRulesTest {

    static final String SENT_FITS = "お知らせを受け取った方に向けた項目は一斉送付の対象の方に当てはまる";
    static final String SENT_UNFIT = "お知らせを受け取った方に向けた項目は一斉送付の対象外の方には当てはまらない";
    static final String NOT_SENT_FITS = "一斉送付の対象外となった方に向けた項目は対象外の方に当てはまる";
    static final String NOT_SENT_UNFIT = "一斉送付の対象外となった方に向けた項目は一斉送付の対象の方には当てはまらない";
    static final String INSURED_FITS = "被保険者に向けた項目は被保険者に当てはまる";
    static final String INSURED_UNFIT = "被保険者に向けた項目は被扶養者には当てはまらない";
    static final String DEPENDENT_FITS = "被扶養者に向けた項目は被扶養者に当てはまる";
    static final String DEPENDENT_UNFIT = "被扶養者に向けた項目は被保険者には当てはまらない";
    static final String WORKPLACE_FITS = "ジブラルタ生命・PGF生命・株式会社CLISの方に向けた項目はその会社にお勤めの方に当てはまる";
    static final String WORKPLACE_UNFIT_SCHEME = "ジブラルタ生命・PGF生命・株式会社CLISの方に向けた項目は任意継続・特例退職の方には当てはまらない";
    static final String WORKPLACE_UNFIT_EMPLOYER = "ジブラルタ生命・PGF生命・株式会社CLISの方に向けた項目はほかの会社にお勤めの方には当てはまらない";
    static final String PRINTED_FITS = "負担割合が記載された方に向けた項目は基準日時点で高齢受給者証が交付されていた方に当てはまる";
    static final String PRINTED_UNFIT = "負担割合が記載された方に向けた項目は基準日時点で高齢受給者証が交付されていなかった方には当てはまらない";
    static final String NOT_PRINTED_FITS = "負担割合が記載されていない方に向けた項目は基準日時点で高齢受給者証が交付されていなかった方に当てはまる";
    static final String NOT_PRINTED_UNFIT = "負担割合が記載されていない方に向けた項目は基準日時点で高齢受給者証が交付されていた方には当てはまらない";
    static final String NOTICE_UNKNOWN = "一斉送付の対象か分からなければ対象者別の項目が当てはまるか判断できない";

    /** My Number registered the day before, on, and after the reference date: 1-3 fits, 5-6 does not, and back. */
    @ParameterizedTest(name = "registered {0}: sent={1}")
    @CsvSource({"2024-08-30, true", "2024-08-31, true", "2024-09-01, false"})
    void receivedOrLeftOutDecidesBetweenOneThreeAndFiveSix(LocalDate registered, boolean sent) {
        Assessment a = assess(regular().myNumberRegisteredOn(registered));
        assertEquals(!sent, a.doesNotFit("1-3"));
        assertEquals(sent, a.doesNotFit("5-6"));
        assertEquals(sent, a.firedRules().contains(SENT_FITS));
        assertEquals(sent, a.firedRules().contains(NOT_SENT_UNFIT));
        assertEquals(!sent, a.firedRules().contains(SENT_UNFIT));
        assertEquals(!sent, a.firedRules().contains(NOT_SENT_FITS));
    }

    @Test
    void theReasonNamesTheItemItsAudienceAndTheMembersSide() {
        Assessment a = assess(regular().myNumberRegisteredOn(LocalDate.of(2024, 9, 1)));
        ItemFit fit = a.fitsOf("6-1").get(0);
        assertEquals(Audience.NOTICE_SENT, fit.audience());
        assertFalse(fit.fits());
        assertTrue(fit.text().startsWith("項番6-1は「資格情報のお知らせ」が送付された方"), fit.text());
        assertTrue(fit.text().contains("一斉送付の対象外です"), fit.text());
    }

    @Test
    void insuredAndDependantChooseBetweenFiveTwoAndFiveThree() {
        Assessment insured = assess(regular().myNumberRegisteredOn(null));
        assertTrue(insured.firedRules().containsAll(java.util.List.of(INSURED_FITS, DEPENDENT_UNFIT)));
        assertFalse(insured.doesNotFit("5-2"));
        assertTrue(insured.doesNotFit("5-3"));
        Assessment dependant = assess(regular().myNumberRegisteredOn(null).insuredType(InsuredType.DEPENDENT));
        assertTrue(dependant.firedRules().containsAll(java.util.List.of(DEPENDENT_FITS, INSURED_UNFIT)));
        assertTrue(dependant.doesNotFit("5-2"));
        assertFalse(dependant.doesNotFit("5-3"));
    }

    @Test
    void unknownInsuredTypeLeavesBothFiveTwoAndFiveThreeAndIsAskedFor() {
        Assessment a = assess(regular().myNumberRegisteredOn(null).insuredType(null));
        assertFalse(a.doesNotFit("5-2"));
        assertFalse(a.doesNotFit("5-3"));
        for (String id : java.util.List.of("5-2", "5-3")) {
            assertTrue(
                    a.missingFacts().stream()
                            .anyMatch(m -> m.getFact() == Fact.INSURED_TYPE
                                    && m.getFaqIds().contains(id)),
                    id + ": " + a.missingFacts());
        }
    }

    @Test
    void aMemberWhoWasSentTheNoticeIsNotAskedWhetherInsuredOrDependant() {
        Assessment a = assess(regular().insuredType(null));
        assertTrue(
                a.missingFacts().stream().noneMatch(m -> m.getFact() == Fact.INSURED_TYPE), a.missingFacts()::toString);
    }

    @Test
    void workplaceResendItemsFitOnlyEmployeesOfTheThreeCompanies() {
        Assessment gibraltar = assess(regular());
        assertTrue(gibraltar.firedRules().contains(WORKPLACE_FITS));
        assertFalse(gibraltar.doesNotFit("6-4"));
        assertFalse(gibraltar.doesNotFit("6-6"));

        Assessment voluntary = assess(voluntary());
        assertTrue(voluntary.firedRules().contains(WORKPLACE_UNFIT_SCHEME));
        assertTrue(voluntary.doesNotFit("6-4"));
        assertFalse(voluntary.doesNotFit("6-5"));
        assertTrue(voluntary.fitsOf("6-4").stream()
                .anyMatch(f -> !f.fits() && f.text().contains("任意継続")));

        Assessment kyoei = assess(regular().employer(Employer.KYOEI_NENKIN_HOME));
        assertTrue(kyoei.firedRules().contains(WORKPLACE_UNFIT_EMPLOYER));
        assertTrue(kyoei.doesNotFit("6-4"));

        Assessment unknownEmployer = assess(regular().employer(null));
        assertFalse(unknownEmployer.doesNotFit("6-4"));
        assertTrue(unknownEmployer.missingFacts().stream()
                .anyMatch(m -> m.getFact() == Fact.EMPLOYER && m.getFaqIds().contains("6-4")));
    }

    /** Born the day before, on, and after 1954-08-01, with a certificate now: ratio printed or not. */
    @ParameterizedTest(name = "born {0}: printed={1}")
    @CsvSource({"1954-07-31, true", "1954-08-01, true", "1954-08-02, false"})
    void certificateOnTheReferenceDateChoosesBetweenSevenTwoAndSevenThree(LocalDate born, boolean printed) {
        Assessment a = assess(regular().birthDate(born).elderlyCertificateRatio(2));
        assertEquals(printed, a.firedRules().contains(PRINTED_FITS));
        assertEquals(printed, a.firedRules().contains(NOT_PRINTED_UNFIT));
        assertEquals(!printed, a.firedRules().contains(PRINTED_UNFIT));
        assertEquals(!printed, a.firedRules().contains(NOT_PRINTED_FITS));
        assertEquals(printed, a.doesNotFit("7-2"));
        assertEquals(!printed, a.doesNotFit("7-3"));
    }

    @Test
    void withoutFactsNothingIsSaidToFitOrNotAndTheFactsToAskAreNamed() {
        Assessment a = TestRules.personalization().assess(MemberFacts.none(), Members.TODAY);
        assertTrue(a.itemFits().isEmpty());
        assertTrue(a.firedRules().contains(NOTICE_UNKNOWN));
        assertTrue(a.missingFacts().stream()
                .anyMatch(m -> m.getFact() == Fact.SCHEME && m.getFaqIds().contains("1-3")));
    }
}
