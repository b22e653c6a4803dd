package jp.kenpo.faq.channel.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import jp.kenpo.faq.personalization.Employer;
import jp.kenpo.faq.personalization.Fact;
import jp.kenpo.faq.personalization.InsuredType;
import jp.kenpo.faq.personalization.MemberFacts;
import jp.kenpo.faq.personalization.Scheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The conversation a LINE button carries: names and ISO dates, within 300 characters; old buttons still work. */
class PostbackDataTest {

    @Test
    void factsTravelAsNamesAndIsoDates() {
        PostbackData data = new PostbackData("5-2", MemberFacts.none())
                .with(Fact.SCHEME, "VOLUNTARY_CONTINUATION")
                .with(Fact.QUALIFICATION_ACQUIRED_ON, "2024-09-14")
                .with(Fact.QUALIFICATION_LOST_ON, null);
        assertEquals(
                "f=5-2&scheme=VOLUNTARY_CONTINUATION&qualificationAcquiredOn=2024-09-14&qualificationLostOn=null",
                data.encode());
    }

    @Test
    void anAnswerToAFollowUpIsToldApartFromPickingTheItem() {
        PostbackData picked = new PostbackData("5-2", MemberFacts.none());
        PostbackData answered = picked.with(Fact.SCHEME, "REGULAR");
        assertEquals("i=5-2", picked.encode());
        assertTrue(PostbackData.decode(answered.encode()).orElseThrow().answering());
        assertTrue(!PostbackData.decode(picked.encode()).orElseThrow().answering());
        assertEquals(
                answered.encode(),
                PostbackData.decode(answered.encode()).orElseThrow().encode());
    }

    @Test
    void everyFactSurvivesTheRoundTrip() {
        PostbackData sent = new PostbackData(
                "7-1",
                MemberFacts.builder()
                        .insuredType(InsuredType.DEPENDENT)
                        .scheme(Scheme.SPECIAL_RETIREMENT)
                        .employer(Employer.GIBRALTAR_LIFE_UNION)
                        .qualificationAcquiredOn(LocalDate.of(2024, 9, 14))
                        .qualificationLostOn(null)
                        .myNumberRegisteredOn(null)
                        .mynaCardInsuranceRegistered(false)
                        .birthDate(LocalDate.of(1954, 9, 1))
                        .elderlyCertificateRatio(2)
                        .build());
        PostbackData received = PostbackData.decode(sent.encode()).orElseThrow();
        assertEquals("7-1", received.itemId());
        assertEquals(sent.encode(), received.encode());
        assertEquals(
                Arrays.asList(Fact.values()), received.facts().stated().stream().toList());
        assertTrue(received.facts().isLostOnStated() && received.facts().isMyNumberStated());
        assertNull(received.facts().getMyNumberRegisteredOn());
        assertEquals(Employer.GIBRALTAR_LIFE_UNION, received.facts().getEmployer());
    }

    @Test
    void everyFactAtItsLongestFitsLinesLimit() {
        MemberFacts.Builder longest = MemberFacts.builder();
        for (Fact fact : Fact.values()) {
            Object value = fact.kind() == Fact.Kind.DATE
                    ? "2024-09-14"
                    : fact.options().stream()
                            .map(Fact.Option::value)
                            .max(Comparator.comparingInt(v -> v.toString().length()))
                            .orElseThrow();
            longest.set(fact, fact.parse(value.toString()));
        }
        String data = new PostbackData("12-10", longest.build()).encode();
        assertEquals(Fact.values().length + 1, data.split("&").length);
        assertTrue(data.length() <= PostbackData.MAX_LENGTH, data.length() + ": " + data);
        assertTrue(PostbackData.decode(data).isPresent());
    }

    @Test
    void oldButtonsWithOrdinalsAndBasicDatesAreStillUnderstood() {
        PostbackData old = PostbackData.decode("i=5-2&s=1&t=0&e=3&a=20240914&l=n&m=20240915&c=1&b=19540801&r=n")
                .orElseThrow();
        assertEquals("5-2", old.itemId());
        MemberFacts f = old.facts();
        assertEquals(Scheme.VOLUNTARY_CONTINUATION, f.getScheme());
        assertEquals(InsuredType.INSURED, f.getInsuredType());
        assertEquals(Employer.KYOEI_NENKIN_HOME, f.getEmployer());
        assertEquals(LocalDate.of(2024, 9, 14), f.getQualificationAcquiredOn());
        assertTrue(f.isLostOnStated());
        assertNull(f.getQualificationLostOn());
        assertEquals(LocalDate.of(2024, 9, 15), f.getMyNumberRegisteredOn());
        assertEquals(true, f.getMynaCardInsuranceRegistered());
        assertEquals(LocalDate.of(1954, 8, 1), f.getBirthDate());
        assertTrue(f.isRatioStated());
        assertEquals(
                "i=5-2&scheme=VOLUNTARY_CONTINUATION&insuredType=INSURED&employer=KYOEI_NENKIN_HOME"
                        + "&qualificationAcquiredOn=2024-09-14&qualificationLostOn=null&myNumberRegisteredOn=2024-09-15"
                        + "&mynaCardInsuranceRegistered=true&birthDate=1954-08-01&elderlyCertificateRatio=null",
                old.encode());
    }

    @Test
    void oldEmployerOrdinalsKeepTheirMeaningAsSent() {
        String[] sent = {
            "GIBRALTAR_LIFE",
            "PGF_LIFE",
            "CLIS",
            "KYOEI_NENKIN_HOME",
            "SANEI_SHUNO_SERVICE",
            "PG_BUSINESS_SERVICE",
            "GIBRALTAR_LIFE_UNION",
            "PGI"
        };
        for (int ordinal = 0; ordinal < sent.length; ordinal++) {
            assertEquals(
                    sent[ordinal],
                    PostbackData.decode("i=6-1&e=" + ordinal)
                            .orElseThrow()
                            .facts()
                            .getEmployer()
                            .name());
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "i=99-9&s=7",
                "i=5-2&s=9",
                "i=5-2&e=-1",
                "i=5-2&a=2024-09-14",
                "i=5-2&c=yes",
                "i=5-2&r=1",
                "i=5-2&s=1&scheme=REGULAR",
                "i=5-2&scheme=1",
                "i=5-2&scheme=regular",
                "i=5-2&birthDate=20240914",
                "i=5-2&elderlyCertificateRatio=4",
                "i=5-2&mynaCardInsuranceRegistered=1",
                "i=5-2&x=1",
                "i=5-2&scheme",
                "i=&&&==",
                "x=5-2",
                ""
            })
    void damagedOrForeignDataIsRefused(String data) {
        assertTrue(PostbackData.decode(data).isEmpty(), data);
    }

    @Test
    void dataOverLinesLimitIsRefused() {
        assertTrue(PostbackData.decode("i=5-2&scheme=REGULAR" + "&scheme=REGULAR".repeat(20))
                .isEmpty());
    }
}
