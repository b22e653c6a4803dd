package jp.kenpo.faq.personalization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import jp.kenpo.faq.MemberFactKeys;
import org.junit.jupiter.api.Test;

/** The table of facts: what the API, LINE and the console derive from it. */
class FactTest {

    @Test
    void keysAreTheApisInAskingOrder() {
        assertEquals(
                MemberFactKeys.IN_ASKING_ORDER,
                Arrays.stream(Fact.values()).map(Fact::key).toList());
        Arrays.stream(Fact.values())
                .forEach(f -> assertEquals(f, Fact.byKey(f.key()).orElseThrow()));
        assertTrue(Fact.byKey("s").isEmpty());
    }

    @Test
    void enumFactsOfferEveryConstantByNameWithItsJapaneseName() {
        assertEquals(
                Arrays.stream(Employer.values()).map(Enum::name).toList(),
                Fact.EMPLOYER.options().stream().map(Fact.Option::value).toList());
        assertEquals(
                new Fact.Option("KYOEI_NENKIN_HOME", "協栄年金ホーム"),
                Fact.EMPLOYER.options().get(3));
        assertEquals(
                new Fact.Option("VOLUNTARY_CONTINUATION", "任意継続"),
                Fact.SCHEME.options().get(1));
        assertEquals(
                new Fact.Option("DEPENDENT", "被扶養者"),
                Fact.INSURED_TYPE.options().get(1));
    }

    @Test
    void onlyThreeFactsGiveNullAMeaning() {
        assertEquals(
                List.of(Fact.QUALIFICATION_LOST_ON, Fact.MY_NUMBER_REGISTERED_ON, Fact.ELDERLY_CERTIFICATE_RATIO),
                Arrays.stream(Fact.values()).filter(f -> f.nullMeans() != null).toList());
    }

    @Test
    void everyOptionReadsBackAsItselfInJson() {
        for (Fact fact : Fact.values()) {
            for (Fact.Option option : fact.options()) {
                assertEquals(option.value(), fact.json(fact.parse(option.value().toString())), fact.key());
            }
        }
        assertEquals("2024-09-14", Fact.BIRTH_DATE.json(Fact.BIRTH_DATE.parse("2024-09-14")));
        assertThrows(IllegalArgumentException.class, () -> Fact.BIRTH_DATE.parse("2024-09-31"));
        assertThrows(IllegalArgumentException.class, () -> Fact.SCHEME.parse("1"));
    }

    @Test
    void requirementsSayWhatAValueMustBe() {
        assertEquals("must be one of [REGULAR, VOLUNTARY_CONTINUATION, SPECIAL_RETIREMENT]", Fact.SCHEME.requirement());
        assertEquals("must be a date in the form YYYY-MM-DD", Fact.BIRTH_DATE.requirement());
        assertEquals("must be true or false", Fact.MYNA_CARD_INSURANCE_REGISTERED.requirement());
        assertEquals("must be 2, 3 or null", Fact.ELDERLY_CERTIFICATE_RATIO.requirement());
    }
}
