package jp.kenpo.faq.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** /api/v1/ask with member facts: explanations, the item that fits the verdict, follow-up questions. */
@QuarkusTest
class PersonalizedAskTest {

    private static final String WORKPLACE_TARGET = """
            {"insuredType": "INSURED", "scheme": "REGULAR", "employer": "SANEI_SHUNO_SERVICE",
             "qualificationAcquiredOn": "2012-04-01", "qualificationLostOn": null,
             "myNumberRegisteredOn": "2021-03-01", "mynaCardInsuranceRegistered": true,
             "birthDate": "1979-09-09", "elderlyCertificateRatio": null}""";

    private static final String LATE_DEPENDANT = """
            {"insuredType": "DEPENDENT", "scheme": "REGULAR", "employer": "CLIS",
             "qualificationAcquiredOn": "2016-04-01", "qualificationLostOn": null,
             "myNumberRegisteredOn": "2024-10-01", "mynaCardInsuranceRegistered": false,
             "birthDate": "2001-01-01", "elderlyCertificateRatio": null}""";

    @Test
    void targetWhoseNoticeWentToTheWorkplaceIsToldWhere() {
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"自宅にお知らせが来ていません\", \"asOf\": \"2026-11-24\", \"member\": " + WORKPLACE_TARGET
                        + "}")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .body("best.id", oneOf("6-1", "6-2"))
                .body(
                        "candidates[0].id",
                        equalTo(given().contentType(ContentType.JSON)
                                .body("{\"question\": \"自宅にお知らせが来ていません\", \"member\": " + WORKPLACE_TARGET + "}")
                                .post("/api/v1/ask")
                                .path("best.id")))
                .body("personalization.code", hasItem("DELIVERY_VIA_WORKPLACE"))
                .body("personalization.text", hasItem(containsString("事業所経由でお受け取りください")))
                .body("followUps", empty());
    }

    @Test
    void nonTargetAskingWhereItWentIsToldWhyNot() {
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"お知らせはどこに送られましたか\", \"asOf\": \"2026-11-24\", \"member\": " + LATE_DEPENDANT
                        + "}")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .body("best.id", equalTo("5-3"))
                .body("personalization.code", hasItem("MY_NUMBER_NOT_REGISTERED_BY_REFERENCE_DATE"))
                .body("personalization.code", hasItem("LATER_NOTICE_WITHOUT_DIGITS"));
    }

    @Test
    void withoutFactsANotReceivedQuestionAsksForTheSchemeFirst() {
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"お知らせが届かないのはなぜ？\"}")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .body("personalization", empty())
                .body("followUps", hasSize(1))
                .body("followUps[0].fact", equalTo("scheme"))
                .body("followUps[0].question", containsString("制度"))
                .body("followUps[0].options.value", hasItem("VOLUNTARY_CONTINUATION"));
    }

    @Test
    void onceTheSchemeIsKnownTheDatesAreAskedAroundItsReferenceDate() {
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"お知らせが届かないのはなぜ？\", \"member\": {\"scheme\": \"VOLUNTARY_CONTINUATION\"}}")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .body("followUps.fact", hasItem("myNumberRegisteredOn"))
                .body("followUps.find { it.fact == 'myNumberRegisteredOn' }.options.label", hasItem("2024年9月14日までに登録"))
                .body("followUps.find { it.fact == 'myNumberRegisteredOn' }.options.value", hasItem("2024-09-15"));
    }

    @Test
    void followUpLabelsFitQuickReplyButtons() {
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"お知らせが届かないのはなぜ？\", \"member\": {\"scheme\": \"REGULAR\"}}")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .body("followUps.options.flatten().label.findAll { it.length() > 20 }", empty());
    }

    @Test
    void questionsThatDoNotDependOnFactsAskNothing() {
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"お知らせの送付目的はなんですか\"}")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .body("best.id", equalTo("1-2"))
                .body("followUps", empty());
    }

    @Test
    void oldCardAnswerSaysWhatHoldsOnTheDayAsked() {
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"マイナ保険証にしたら今の保険証はどうすればいい？\", \"asOf\": \"2026-01-10\", \"member\": "
                        + WORKPLACE_TARGET + "}")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .body("best.id", equalTo("12-1"))
                .body("personalization.code", hasItem("OLD_CARD_INVALID"))
                .body("personalization.code", not(hasItem("OLD_CARD_VALID_UNTIL_2025_12_01")));
    }

    @Test
    void badFactsOnAskAreBadRequest() {
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"お知らせが届かない\", \"member\": {\"employer\": \"ACME\"}}")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("member.employer"));
    }
}
