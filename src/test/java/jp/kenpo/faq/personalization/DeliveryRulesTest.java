package jp.kenpo.faq.personalization;

import static jp.kenpo.faq.personalization.Members.assess;
import static jp.kenpo.faq.personalization.Members.regular;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** 6-1, 6-2: where and how the notice went, by employer and scheme. */
class DeliveryRulesTest {

    static final String HOME = "ジブラルタ生命・PGF生命・株式会社CLISの方は2024年8月に事業主から届出された住所宛に特定記録郵便で送付";
    static final String WORKPLACE = "協栄年金ホーム・三栄収納サービス・PGビジネスサービス・ジブラルタ生命労働組合・株式会社PGIの方は事業所へ一括して送付";
    static final String RESIDENCE = "任意継続・特例退職被保険者の方は当健保組合に届出の居所住所宛に特定記録郵便で送付";

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "GIBRALTAR_LIFE, HOME_ADDRESS_RECORDED_MAIL", "PGF_LIFE, HOME_ADDRESS_RECORDED_MAIL",
        "CLIS, HOME_ADDRESS_RECORDED_MAIL", "KYOEI_NENKIN_HOME, VIA_WORKPLACE",
        "SANEI_SHUNO_SERVICE, VIA_WORKPLACE", "PG_BUSINESS_SERVICE, VIA_WORKPLACE",
        "GIBRALTAR_LIFE_UNION, VIA_WORKPLACE", "PGI, VIA_WORKPLACE"
    })
    void regularMembersByEmployer(Employer employer, DeliveryMethod method) {
        Assessment a = assess(regular().employer(employer));
        assertEquals(method, a.delivery());
        assertTrue(a.firedRules().contains(method == DeliveryMethod.VIA_WORKPLACE ? WORKPLACE : HOME));
    }

    @ParameterizedTest
    @EnumSource(
            value = Scheme.class,
            names = {"VOLUNTARY_CONTINUATION", "SPECIAL_RETIREMENT"})
    void continuedMembersGetItAtTheirResidenceWhateverTheFormerEmployer(Scheme scheme) {
        Assessment a = assess(regular().scheme(scheme).employer(Employer.KYOEI_NENKIN_HOME));
        assertEquals(DeliveryMethod.RESIDENCE_RECORDED_MAIL, a.delivery());
        assertTrue(a.firedRules().contains(RESIDENCE));
        assertFalse(a.firedRules().contains(WORKPLACE));
    }

    @Test
    void dependantFollowsTheInsuredsEmployer() {
        Assessment a = assess(regular().insuredType(InsuredType.DEPENDENT).employer(Employer.PGI));
        assertEquals(DeliveryMethod.VIA_WORKPLACE, a.delivery());
    }

    @Test
    void nonTargetHasNoDelivery() {
        Assessment a = assess(regular().myNumberRegisteredOn(LocalDate.of(2024, 9, 1)));
        assertNull(a.delivery());
        assertFalse(a.firedRules().contains(HOME));
        assertTrue(a.missingFacts().stream().noneMatch(m -> m.getFact() == Fact.EMPLOYER));
    }

    @Test
    void unknownEmployerIsAskedForOnlyUnderTheRegularScheme() {
        Assessment regularWithout = assess(regular().employer(null));
        assertNull(regularWithout.delivery());
        assertTrue(regularWithout.missingFacts().stream().anyMatch(m -> m.getFact() == Fact.EMPLOYER));
        Assessment voluntaryWithout =
                assess(regular().scheme(Scheme.VOLUNTARY_CONTINUATION).employer(null));
        assertEquals(DeliveryMethod.RESIDENCE_RECORDED_MAIL, voluntaryWithout.delivery());
        assertTrue(voluntaryWithout.missingFacts().stream().noneMatch(m -> m.getFact() == Fact.EMPLOYER));
    }

    @Test
    void returnedMailIsResentViaTheWorkplaceForHomeDelivery() {
        Assessment a = assess(regular());
        assertTrue(a.explanations().stream()
                .anyMatch(e -> e.faqIds().contains("6-4") && e.text().contains("事業所経由で再送")));
    }
}
