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

/** 1-3, 5-6: whether the My Number card works as health insurance card. */
class CardUseRulesTest {

    static final String USABLE = "当健保組合にマイナンバーが登録されマイナ保険証の利用登録を行っていればマイナ保険証を使用できる";
    static final String NOT_APPLIED = "マイナ保険証の利用登録がまだの方はマイナポータルまたはセブン銀行ATMで申込みが必要";
    static final String NOT_REGISTERED = "当健保組合でマイナンバーの登録が完了していなければマイナ保険証は使用できない";

    @Test
    void registeredAfterTheReferenceDateCanStillUseTheCard() {
        Assessment a = assess(regular().myNumberRegisteredOn(LocalDate.of(2024, 9, 1)));
        assertEquals(false, a.noticeTarget());
        assertEquals(true, a.canUseMynaCard());
        assertTrue(a.firedRules().contains(USABLE));
    }

    /** Registered the day before, on, and after the day asked about. */
    @ParameterizedTest(name = "registered {0}, asked 2026-11-24: usable={1}")
    @CsvSource({"2026-11-23, true", "2026-11-24, true", "2026-11-25, false"})
    void registrationMustBeDoneByTheDayAsked(LocalDate registered, boolean usable) {
        Assessment a = assess(regular().myNumberRegisteredOn(registered));
        assertEquals(usable, a.canUseMynaCard());
        assertTrue(a.firedRules().contains(usable ? USABLE : NOT_REGISTERED));
    }

    @Test
    void withoutTheRegistrationForInsuranceUseTheMemberMustApply() {
        Assessment a = assess(regular().mynaCardInsuranceRegistered(false));
        assertEquals(false, a.canUseMynaCard());
        assertTrue(a.firedRules().contains(NOT_APPLIED));
        assertTrue(a.explanations().stream().anyMatch(e -> e.text().contains("セブン銀行ATM")));
    }

    @Test
    void neverRegisteredMyNumberCannotUseTheCard() {
        Assessment a = assess(regular().myNumberRegisteredOn(null));
        assertEquals(false, a.canUseMynaCard());
        assertTrue(a.firedRules().contains(NOT_REGISTERED));
    }

    @Test
    void unknownRegistrationForInsuranceUseIsAskedFor() {
        Assessment a = assess(regular().mynaCardInsuranceRegistered(null));
        assertNull(a.canUseMynaCard());
        assertTrue(a.missingFacts().stream().anyMatch(m -> m.getFact() == Fact.MYNA_CARD_INSURANCE_REGISTERED));
    }

    @Test
    void noVerdictForSomeoneWhoHasLeft() {
        Assessment a = assess(regular().qualificationLostOn(LocalDate.of(2025, 4, 1)));
        assertNull(a.canUseMynaCard());
        assertTrue(a.missingFacts().stream().noneMatch(m -> m.getFact() == Fact.MYNA_CARD_INSURANCE_REGISTERED));
    }
}
