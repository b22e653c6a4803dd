package jp.kenpo.faq.personalization;

import static jp.kenpo.faq.personalization.Members.assess;
import static jp.kenpo.faq.personalization.Members.regular;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** rules/unknown-facts.drl: a fact the member does not know is named, with the contact desk (4-1), never guessed. */
class UnknownFactsRulesTest {

    static final String ASK_THE_SOCIETY = "ご本人にも分からない事実があれば推測せず当健保組合へのお問合せを案内する";

    @Test
    void unknownRegistrationDayIsNamedWithTheContactDesk() {
        Assessment a = assess(regular().myNumberRegisteredOn(Fact.UNKNOWN));
        assertNull(a.noticeTarget());
        assertTrue(a.firedRules().contains(ASK_THE_SOCIETY));
        Explanation e = a.explanations().stream()
                .filter(x -> x.code().equals("FACT_UNKNOWN_ASK_THE_SOCIETY"))
                .findFirst()
                .orElseThrow();
        assertTrue(e.text().contains("「マイナンバー登録日」がご不明"), e.text());
        assertTrue(e.faqIds().contains("4-1"));
        assertTrue(e.faqIds().contains("5-1"));
    }

    /** Near miss: the same fact merely not told is asked for, not sent to the desk. */
    @Test
    void factNotToldIsMissingButNotSentToTheDesk() {
        Assessment a = assess(regular().set(Fact.MY_NUMBER_REGISTERED_ON, null).build().toBuilder());
        assertFalse(a.firedRules().contains(ASK_THE_SOCIETY));
    }

    /** Near miss: an unknown fact the verdicts do not need says nothing. */
    @Test
    void unknownFactNoVerdictNeedsSaysNothing() {
        Assessment a = assess(regular().birthDate(Fact.UNKNOWN).myNumberRegisteredOn(null));
        assertEquals(false, a.noticeTarget());
        assertFalse(a.firedRules().contains(ASK_THE_SOCIETY));
    }

    @Test
    void unknownIsKeptAsStatedAndWrittenBackAsUnknown() {
        MemberFacts facts = regular().scheme(Fact.UNKNOWN).build();
        assertTrue(facts.stated().contains(Fact.SCHEME));
        assertEquals(Fact.UNKNOWN, facts.value(Fact.SCHEME));
        assertNull(facts.getScheme());
        assertTrue(facts.getUnknownFacts().contains(Fact.SCHEME));
        assertFalse(facts.toBuilder()
                .scheme(Scheme.REGULAR)
                .build()
                .getUnknownFacts()
                .contains(Fact.SCHEME));
    }
}
