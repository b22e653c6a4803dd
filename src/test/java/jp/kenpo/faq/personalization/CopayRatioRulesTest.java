package jp.kenpo.faq.personalization;

import static jp.kenpo.faq.personalization.Members.assess;
import static jp.kenpo.faq.personalization.Members.regular;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 7-1, 7-2, 7-3: a 負担割合 is printed only for those with a 高齢受給者証 on the reference date. */
class CopayRatioRulesTest {

    static final String PRINTED = "基準日時点で高齢受給者証が交付されている方は負担割合が記載される";
    static final String NOT_PRINTED = "基準日時点で高齢受給者証が交付されていない方は負担割合が記載されない";

    /** Born the day before, on, and after the limit (1954-08-01; 1954-09-01 under 任意継続・特例退職). */
    @ParameterizedTest(name = "{0} born {1}: printed={2}")
    @CsvSource({
        "REGULAR, 1954-07-31, true",
        "REGULAR, 1954-08-01, true",
        "REGULAR, 1954-08-02, false",
        "VOLUNTARY_CONTINUATION, 1954-08-31, true",
        "VOLUNTARY_CONTINUATION, 1954-09-01, true",
        "VOLUNTARY_CONTINUATION, 1954-09-02, false",
        "SPECIAL_RETIREMENT, 1954-09-01, true",
        "SPECIAL_RETIREMENT, 1954-09-02, false"
    })
    void printedWhenBornOnOrBeforeTheLimit(Scheme scheme, LocalDate born, boolean printed) {
        Assessment a = assess(regular().scheme(scheme).birthDate(born).elderlyCertificateRatio(printed ? 2 : null));
        assertEquals(printed, a.copayRatioPrinted());
        assertEquals(printed ? Integer.valueOf(2) : null, a.copayRatio());
        assertTrue(
                a.firedRules().contains(printed ? PRINTED : NOT_PRINTED),
                a.firedRules().toString());
    }

    @Test
    void bornAfterTheLimitIsNotPrintedEvenWithACertificateNow() {
        Assessment a = assess(regular().birthDate(LocalDate.of(1954, 8, 2)).elderlyCertificateRatio(3));
        assertEquals(false, a.copayRatioPrinted());
        assertTrue(a.explanations().stream().anyMatch(e -> e.faqIds().contains("7-2")));
    }

    @Test
    void printedRatioIsTheCertificatesAndMentionsLaterChanges() {
        Assessment a = assess(regular().birthDate(LocalDate.of(1952, 3, 3)).elderlyCertificateRatio(3));
        assertEquals(3, a.copayRatio());
        assertTrue(a.explanations().stream()
                .anyMatch(e -> e.faqIds().contains("7-3")
                        && e.text().contains("（3割）")
                        && e.text().contains("昭和29年8月1日以前生まれ")));
    }

    @Test
    void oldEnoughWithoutACertificateIsNotPrinted() {
        Assessment a = assess(regular().birthDate(LocalDate.of(1950, 1, 1)).elderlyCertificateRatio(null));
        assertEquals(false, a.copayRatioPrinted());
    }

    @Test
    void unknownCertificateForTheOldEnoughIsAskedFor() {
        Assessment a = TestRules.personalization().assess(withoutRatio(), Members.TODAY);
        assertNull(a.copayRatioPrinted());
        assertTrue(a.missingFacts().stream().anyMatch(m -> m.getFact() == Fact.ELDERLY_CERTIFICATE_RATIO));
    }

    @Test
    void unknownBirthDateIsAskedForButOnlyForTargets() {
        Assessment target = assess(regular().birthDate(null));
        assertNull(target.copayRatioPrinted());
        assertTrue(target.missingFacts().stream().anyMatch(m -> m.getFact() == Fact.BIRTH_DATE));
        Assessment nonTarget = assess(regular().birthDate(null).myNumberRegisteredOn(null));
        assertNull(nonTarget.copayRatioPrinted());
        assertTrue(nonTarget.missingFacts().stream().noneMatch(m -> m.getFact() == Fact.BIRTH_DATE));
    }

    private static MemberFacts withoutRatio() {
        return MemberFacts.builder()
                .insuredType(InsuredType.INSURED)
                .scheme(Scheme.REGULAR)
                .employer(Employer.CLIS)
                .qualificationAcquiredOn(LocalDate.of(2010, 4, 1))
                .qualificationLostOn(null)
                .myNumberRegisteredOn(LocalDate.of(2020, 1, 1))
                .mynaCardInsuranceRegistered(true)
                .birthDate(LocalDate.of(1950, 1, 1))
                .build();
    }
}
