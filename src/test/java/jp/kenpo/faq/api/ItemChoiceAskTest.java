package jp.kenpo.faq.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** /ask as the one operation of every channel: the rules' item choice, the day's statements, the FAQ's date. */
@QuarkusTest
class ItemChoiceAskTest {

    private static final String VOLUNTARY = """
            {"insuredType": "INSURED", "scheme": "VOLUNTARY_CONTINUATION", "employer": "GIBRALTAR_LIFE",
             "qualificationAcquiredOn": "2023-10-01", "qualificationLostOn": null, "myNumberRegisteredOn": "2020-01-15",
             "mynaCardInsuranceRegistered": true, "birthDate": "1962-01-01", "elderlyCertificateRatio": null}""";

    @Test
    void oldCardQuestionWithoutFactsSaysFirstThatTheCardIsNoLongerValid() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"question": "今の健康保険証はいつまで使えますか", "asOf": "2026-11-29"}""")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .body("personalization[0].scope", equalTo("DAY"))
                .body("personalization[0].text", containsString("無効"))
                .body("personalization[0].text", containsString("2026年11月29日時点"));
    }

    @Test
    void oldCardQuestionBeforeTheDeadlineSaysUntilWhenItStillWorks() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"question": "今の健康保険証はいつまで使えますか", "asOf": "2025-06-01"}""")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .body("personalization.text", everyItem(not(containsString("無効"))))
                .body("personalization[0].text", containsString("2025年12月1日"));
    }

    @Test
    void everyAnswerNamesTheFaqAndItsDate() {
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"お知らせをなくしました\"}")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .body("source.createdOn", equalTo("2024-09-13"))
                .body("source.label", equalTo("2024年9月13日作成"));
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"出産手当金はいつ振り込まれますか\"}")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .body("answered", equalTo(false))
                .body("source.createdOn", equalTo("2024-09-13"));
    }

    /** For a member who was sent it, "will it come" is who it is sent to (5-1); "it did not come" is where it went. */
    @Test
    void aTargetAskingWhetherItWillComeIsToldWhoItIsSentTo() {
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"私にも資格情報のお知らせは届きますか\", \"asOf\": \"2026-11-24\", \"member\": " + VOLUNTARY + "}")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .body("best.id", equalTo("5-1"));
    }

    @Test
    void aTargetSayingItDidNotComeIsToldWhereItWent() {
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"資格情報のお知らせが届いていないのですが\", \"asOf\": \"2026-11-24\", \"member\": " + VOLUNTARY
                        + "}")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .body("best.id", startsWith("6-"));
    }

    /** A follow-up answered about 5-2 arrives as its id: the member still says the notice did not come. */
    @Test
    void aPickedItemDeniesWhatItsQuestionDenies() {
        given().contentType(ContentType.JSON)
                .body("{\"itemId\": \"5-2\", \"asOf\": \"2026-11-24\", \"member\": " + VOLUNTARY + "}")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .body("choice.matchedId", equalTo("5-2"))
                .body("best.id", startsWith("6-"));
    }

    @Test
    void itemPickedThatDoesNotFitGivesWayToTheOneThatDoes() {
        given().contentType(ContentType.JSON)
                .body("{\"itemId\": \"6-4\", \"asOf\": \"2026-11-24\", \"member\": " + VOLUNTARY + "}")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .body("best.id", equalTo("6-5"))
                .body("choice.matchedId", equalTo("6-4"))
                .body("choice.chosenId", equalTo("6-5"))
                .body("choice.fits.find { it.itemId == '6-4' && !it.fits }.text", containsString("任意継続"))
                .body("choice.fits.rule", hasItem("ジブラルタ生命・PGF生命・株式会社CLISの方に向けた項目は任意継続・特例退職の方には当てはまらない"));
    }

    @Test
    void itemPickedWithoutFactsIsShownAsPicked() {
        given().contentType(ContentType.JSON)
                .body("{\"itemId\": \"6-4\"}")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .body("best.id", equalTo("6-4"))
                .body("choice.fits.size()", equalTo(0));
    }

    @Test
    void questionAndItemTogetherIsBadRequestNamingItemId() {
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"お知らせ\", \"itemId\": \"5-2\"}")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("itemId"));
    }

    @Test
    void unknownItemIsNotFoundProblem() {
        given().contentType(ContentType.JSON)
                .body("{\"itemId\": \"9-9\"}")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void everyFollowUpOffersDontKnow() {
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"お知らせが届かないのはなぜ？\"}")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .body("followUps[0].options.label", hasItem("わからない"))
                .body("followUps[0].options.value", hasItem("UNKNOWN"));
    }

    @Test
    void aFactTheMemberDoesNotKnowIsNamedWithTheContactDeskNeverGuessed() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"question": "お知らせが届かないのはなぜ？", "asOf": "2026-11-24",
                         "member": {"scheme": "REGULAR", "insuredType": "INSURED", "qualificationAcquiredOn": "2015-04-01",
                                    "qualificationLostOn": null, "myNumberRegisteredOn": "UNKNOWN"}}""")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .body("personalization.code", hasItem("FACT_UNKNOWN_ASK_THE_SOCIETY"))
                .body(
                        "personalization.find { it.code == 'FACT_UNKNOWN_ASK_THE_SOCIETY' }.text",
                        containsString("マイナンバー登録日"))
                .body("followUps.fact", not(hasItem("myNumberRegisteredOn")))
                .body("contact.faqId", equalTo("4-1"))
                .body("contact.contact", containsString("03-5954-7191"));
    }

    @Test
    void factsThatDecideEverythingAskNothingAndSendNobodyToTheDesk() {
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"お知らせはどこに届きますか\", \"asOf\": \"2026-11-24\", \"member\": " + VOLUNTARY + "}")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .body("followUps.size()", equalTo(0))
                .body("$", hasKey("contact"))
                .body("contact", nullValue())
                .body("choice.chosenId", notNullValue());
    }
}
