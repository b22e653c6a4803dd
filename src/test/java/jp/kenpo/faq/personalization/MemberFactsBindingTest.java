package jp.kenpo.faq.personalization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code member} object bound by Jackson alone: absent, stated null, strict values, contradictions. */
class MemberFactsBindingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyFactBindsToItsTypedValue() throws Exception {
        MemberFacts m = read("""
                {"insuredType": "DEPENDENT", "scheme": "SPECIAL_RETIREMENT", "employer": "PG_BUSINESS_SERVICE",
                 "qualificationAcquiredOn": "2010-04-01", "qualificationLostOn": "2024-09-01",
                 "myNumberRegisteredOn": "2021-03-01", "mynaCardInsuranceRegistered": false,
                 "birthDate": "1953-02-28", "elderlyCertificateRatio": 3}""");
        assertEquals(InsuredType.DEPENDENT, m.getInsuredType());
        assertEquals(Scheme.SPECIAL_RETIREMENT, m.getScheme());
        assertEquals(Employer.PG_BUSINESS_SERVICE, m.getEmployer());
        assertEquals(LocalDate.of(2010, 4, 1), m.getQualificationAcquiredOn());
        assertEquals(LocalDate.of(2024, 9, 1), m.getQualificationLostOn());
        assertEquals(LocalDate.of(2021, 3, 1), m.getMyNumberRegisteredOn());
        assertEquals(false, m.getMynaCardInsuranceRegistered());
        assertEquals(LocalDate.of(1953, 2, 28), m.getBirthDate());
        assertEquals(3, m.getElderlyCertificateRatio());
        assertEquals(EnumSet.allOf(Fact.class), m.stated());
    }

    @Test
    void anAbsentKeyIsUnknown() throws Exception {
        MemberFacts m = read("{}");
        assertTrue(m.stated().isEmpty());
        assertFalse(m.isLostOnStated());
        assertFalse(m.isMyNumberStated());
        assertFalse(m.isRatioStated());
    }

    @Test
    void anExplicitNullIsAStatedFactWhereNullHasAMeaning() throws Exception {
        MemberFacts m = read(
                "{\"qualificationLostOn\": null, \"myNumberRegisteredOn\": null, \"elderlyCertificateRatio\": null}");
        assertTrue(m.isLostOnStated(), "still enrolled");
        assertTrue(m.isMyNumberStated(), "never registered");
        assertTrue(m.isRatioStated(), "no certificate");
        assertNull(m.getQualificationLostOn());
        assertEquals(
                EnumSet.of(Fact.QUALIFICATION_LOST_ON, Fact.MY_NUMBER_REGISTERED_ON, Fact.ELDERLY_CERTIFICATE_RATIO),
                m.stated());
    }

    @Test
    void anExplicitNullIsUnknownWhereNullHasNoMeaning() throws Exception {
        MemberFacts m = read("""
                {"insuredType": null, "scheme": null, "employer": null, "qualificationAcquiredOn": null,
                 "mynaCardInsuranceRegistered": null, "birthDate": null}""");
        assertTrue(m.stated().isEmpty(), m.toString());
    }

    @Test
    void unknownKeysAreIgnored() throws Exception {
        assertEquals(
                Scheme.REGULAR,
                read("{\"scheme\": \"REGULAR\", \"favouriteColour\": \"blue\"}").getScheme());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "scheme                      | 1",
                "scheme                      | '\"regular\"'",
                "scheme                      | '\"\"'",
                "employer                    | '[\"PGI\"]'",
                "qualificationAcquiredOn     | '\"2024-02-30\"'",
                "qualificationAcquiredOn     | 20240101",
                "birthDate                   | '\"1985-02-03T00:00:00Z\"'",
                "birthDate                   | '\"19850203\"'",
                "birthDate                   | '\"\"'",
                "birthDate                   | '[1985, 2, 3]'",
                "qualificationLostOn         | '\"null\"'",
                "mynaCardInsuranceRegistered | '\"true\"'",
                "mynaCardInsuranceRegistered | 1",
                "elderlyCertificateRatio     | 1",
                "elderlyCertificateRatio     | 2.0",
                "elderlyCertificateRatio     | '\"2\"'",
                "elderlyCertificateRatio     | 99999999999999999999"
            })
    void aValueNotOfItsFactIsJacksonsMismatchNamingTheFieldNotTheValue(String key, String value) {
        MismatchedInputException e =
                assertThrows(MismatchedInputException.class, () -> read("{\"" + key + "\": " + value + "}"));
        assertEquals(
                List.of(key),
                e.getPath().stream()
                        .map(JsonMappingException.Reference::getFieldName)
                        .toList());
        String requirement = Fact.byKey(key).orElseThrow().requirement();
        assertTrue(e.getOriginalMessage().contains(requirement), e.getOriginalMessage());
        String given = value.replace("\"", "");
        // "true" is in "must be true or false" by right; any other value must not be repeated
        assertFalse(
                given.length() >= 4
                        && !requirement.contains(given)
                        && e.getMessage().contains(given),
                e.getMessage());
    }

    @Test
    void contradictionsAreRefusedNamingEveryFact() {
        ValueInstantiationException e = assertThrows(ValueInstantiationException.class, () -> read("""
                {"qualificationAcquiredOn": "2020-04-01", "qualificationLostOn": "2020-03-31", "birthDate": "2020-04-02"}"""));
        InconsistentFactsException cause = assertInstanceOf(InconsistentFactsException.class, e.getCause());
        assertEquals(
                List.of(
                        new InconsistentFactsException.Violation(
                                Fact.QUALIFICATION_LOST_ON, "must not be before qualificationAcquiredOn"),
                        new InconsistentFactsException.Violation(
                                Fact.BIRTH_DATE, "must not be after qualificationAcquiredOn")),
                cause.violations());
        assertFalse(e.getMessage().contains("2020"), e.getMessage());
    }

    @Test
    void theBoundariesAreNotContradictions() throws Exception {
        MemberFacts m = read(
                "{\"qualificationAcquiredOn\": \"2020-04-01\", \"qualificationLostOn\": \"2020-04-01\", \"birthDate\": \"2020-04-01\"}");
        assertEquals(3, m.stated().size());
    }

    @Test
    void toStringNamesTheFactsButNoValue() throws Exception {
        String text = read("{\"scheme\": \"REGULAR\", \"birthDate\": \"1961-07-19\", \"qualificationLostOn\": null}")
                .toString();
        assertEquals("MemberFacts[SCHEME, QUALIFICATION_LOST_ON, BIRTH_DATE]", text);
    }

    @Test
    void theBuilderRefusesAValueOfAnotherFact() {
        assertThrows(IllegalArgumentException.class, () -> MemberFacts.builder().set(Fact.SCHEME, Employer.PGI));
        assertThrows(
                IllegalArgumentException.class, () -> MemberFacts.builder().set(Fact.ELDERLY_CERTIFICATE_RATIO, 1));
    }

    private static MemberFacts read(String json) throws Exception {
        return JSON.readValue(json, MemberFacts.class);
    }
}
