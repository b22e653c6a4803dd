package jp.kenpo.faq.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssessmentResourceTest {

    @Test
    void dependantOfAWorkplaceEmployerWasSentViaTheWorkplace() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"member": {"insuredType": "DEPENDENT", "scheme": "REGULAR", "employer": "PG_BUSINESS_SERVICE",
                                    "qualificationAcquiredOn": "2019-04-01", "qualificationLostOn": null,
                                    "myNumberRegisteredOn": "2022-01-10", "mynaCardInsuranceRegistered": true,
                                    "birthDate": "1990-01-01", "elderlyCertificateRatio": null},
                         "asOf": "2026-11-24"}
                        """)
                .when()
                .post("/api/v1/assessment")
                .then()
                .statusCode(200)
                .body("referenceDate", equalTo("2024-08-31"))
                .body("noticeTarget", equalTo(true))
                .body("reason", equalTo("ENROLLED_AND_REGISTERED"))
                .body("delivery", equalTo("VIA_WORKPLACE"))
                .body("copayRatioPrinted", equalTo(false))
                .body("canUseMynaCard", equalTo(true))
                .body("explanations.code", hasItems("DELIVERY_VIA_WORKPLACE", "OLD_CARD_INVALID"))
                .body("explanations.faqIds", everyItem(notNullValue()))
                .body("missingFacts", equalTo(java.util.List.of()));
    }

    @Test
    void missingFactsAreNamedAndTheirVerdictsNull() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"member": {"scheme": "REGULAR", "qualificationAcquiredOn": "2019-04-01"}, "asOf": "2026-11-24"}
                        """)
                .when()
                .post("/api/v1/assessment")
                .then()
                .statusCode(200)
                .body("noticeTarget", nullValue())
                .body("delivery", nullValue())
                .body("missingFacts", hasItems("qualificationLostOn", "myNumberRegisteredOn", "employer"));
    }

    @Test
    void emptyMemberAsksForTheSchemeFirst() {
        given().contentType(ContentType.JSON)
                .body("{\"member\": {}}")
                .when()
                .post("/api/v1/assessment")
                .then()
                .statusCode(200)
                .body("referenceDate", nullValue())
                .body("missingFacts[0]", equalTo("scheme"));
    }

    @Test
    void unknownEnumValueIsBadRequestNamingTheField() {
        badFacts("{\"scheme\": \"PART_TIME\"}", "member.scheme");
    }

    @Test
    void malformedDateIsBadRequestNamingTheField() {
        badFacts("{\"birthDate\": \"1985/05/20\"}", "member.birthDate");
        badFacts("{\"qualificationAcquiredOn\": \"2024-02-30\"}", "member.qualificationAcquiredOn");
        badFacts("{\"myNumberRegisteredOn\": 20240101}", "member.myNumberRegisteredOn");
    }

    @Test
    void lossBeforeAcquisitionIsBadRequest() {
        badFacts(
                "{\"qualificationAcquiredOn\": \"2020-04-01\", \"qualificationLostOn\": \"2020-03-31\"}",
                "member.qualificationLostOn");
    }

    @Test
    void birthAfterAcquisitionIsBadRequest() {
        badFacts("{\"qualificationAcquiredOn\": \"2020-04-01\", \"birthDate\": \"2020-04-02\"}", "member.birthDate");
    }

    @Test
    void ratioOtherThanTwoOrThreeIsBadRequest() {
        badFacts("{\"elderlyCertificateRatio\": 1}", "member.elderlyCertificateRatio");
        badFacts("{\"elderlyCertificateRatio\": \"2\"}", "member.elderlyCertificateRatio");
    }

    @Test
    void malformedAsOfIsBadRequest() {
        given().contentType(ContentType.JSON)
                .body("{\"member\": {}, \"asOf\": \"tomorrow\"}")
                .when()
                .post("/api/v1/assessment")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("asOf"));
    }

    @Test
    void errorBodiesDoNotRepeatPersonalData() {
        given().contentType(ContentType.JSON)
                .body("{\"member\": {\"birthDate\": \"1985-13-45\"}}")
                .when()
                .post("/api/v1/assessment")
                .then()
                .statusCode(400)
                .body(not(containsString("1985")));
    }

    private static void badFacts(String member, String field) {
        given().contentType(ContentType.JSON)
                .body("{\"member\": " + member + "}")
                .when()
                .post("/api/v1/assessment")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
    }
}
