package jp.kenpo.faq.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Bad member facts, bound by Jackson, give the same problems as before: the field, what it must be, no value. */
@QuarkusTest
class MemberFactsProblemTest {

    @Test
    void anUnknownEnumValueSaysWhichValuesThereAre() {
        problem("/api/v1/assessment", "{\"member\": {\"scheme\": \"PART_TIME\"}}")
                .body("errors.field", contains("member.scheme"))
                .body(
                        "errors.message",
                        contains("must be one of [REGULAR, VOLUNTARY_CONTINUATION, SPECIAL_RETIREMENT]"))
                .body(
                        "detail",
                        equalTo("member.scheme must be one of [REGULAR, VOLUNTARY_CONTINUATION, SPECIAL_RETIREMENT]"))
                .body(not(containsString("PART_TIME")));
    }

    @Test
    void anOrdinalIsNotAnEnumValue() {
        problem("/api/v1/ask", "{\"question\": \"お知らせが届かない\", \"member\": {\"employer\": 3}}")
                .body("errors.field", contains("member.employer"));
    }

    @Test
    void aDateMustBeAnIsoDateAndNothingElse() {
        for (String date :
                new String[] {"\"1985-02-03T00:00:00Z\"", "\"\"", "7000", "[1985, 2, 3]", "\"1985-13-45\""}) {
            problem("/api/v1/assessment", "{\"member\": {\"birthDate\": " + date + "}}")
                    .body("errors.field", contains("member.birthDate"))
                    .body("errors.message", contains("must be a date in the form YYYY-MM-DD"))
                    .body(not(containsString("1985")))
                    .body(not(containsString("7000")));
        }
    }

    @Test
    void booleansAndRatiosAreStrict() {
        problem("/api/v1/assessment", "{\"member\": {\"mynaCardInsuranceRegistered\": \"yes\"}}")
                .body("errors.message", contains("must be true or false"));
        problem("/api/v1/assessment", "{\"member\": {\"elderlyCertificateRatio\": 2.0}}")
                .body("errors.message", contains("must be 2, 3 or null"));
    }

    @Test
    void contradictionsNameEveryFactInvolved() {
        problem("/api/v1/assessment", """
                {"member": {"qualificationAcquiredOn": "2020-04-01", "qualificationLostOn": "2020-03-31",
                            "birthDate": "2020-04-02"}}""")
                .body("errors.field", contains("member.qualificationLostOn", "member.birthDate"))
                .body(
                        "errors.message",
                        contains(
                                "must not be before qualificationAcquiredOn",
                                "must not be after qualificationAcquiredOn"))
                .body(
                        "detail",
                        equalTo("member.qualificationLostOn must not be before qualificationAcquiredOn; "
                                + "member.birthDate must not be after qualificationAcquiredOn"))
                .body(not(containsString("2020")));
    }

    @Test
    void memberMustBeAnObject() {
        problem("/api/v1/ask", "{\"question\": \"お知らせ\", \"member\": \"INSURED\"}")
                .body("errors.field", contains("member"))
                .body("errors.message", contains("must be an object"));
    }

    @Test
    void otherWrongTypesKeepTheirProblem() {
        problem("/api/v1/ask", "{\"question\": \"お知らせ\", \"limit\": \"many\"}")
                .body("errors.field", contains("limit"))
                .body("errors.message", contains("wrong type"))
                .body("detail", equalTo("limit has a value of the wrong type"));
    }

    private static io.restassured.response.ValidatableResponse problem(String path, String body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Invalid request"))
                .body("status", equalTo(400))
                .body(not(containsString("Exception")));
    }
}
