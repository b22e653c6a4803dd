package jp.kenpo.faq.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Another organisation's FAQ served from a spreadsheet alone (src/test/resources/sheet-corpus/faq.csv, a library's
 * FAQ with ids like L-3): answered with its own ids, plainly — the health-insurance rules and their follow-up
 * questions belong to the FAQ they were written for — and refused without inventing a contact desk.
 */
@QuarkusTest
@TestProfile(SheetCorpusTest.SheetOnly.class)
class SheetCorpusTest {

    public static class SheetOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kenpo.corpus.directory", "src/test/resources/sheet-corpus");
        }
    }

    @Test
    void answersWithTheSheetsOwnIds() {
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"図書館のカードを作りたいのですが、何を持っていけばいいですか\"}")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .body("best.id", equalTo("L-3"))
                .body("best.category", equalTo(""));
        given().when().get("/api/v1/faq/L-3").then().statusCode(200).body("id", equalTo("L-3"));
    }

    @Test
    void wordsOnlyTheAnswerUsesFindTheItem() {
        // 返却ポスト and 24時間 are in L-4's answer, not in any question
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"返却ポストは24時間使えますか\"}")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .body("candidates[0].id", equalTo("L-4"));
    }

    @Test
    void answersArePlainEvenWithAMembersFacts() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"question": "利用カードをなくしました",
                         "member": {"scheme": "REGULAR", "insuredType": "DEPENDENT"}}
                        """)
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .body("best.id", equalTo("L-7"))
                .body("followUps", empty())
                .body("personalization", empty())
                .body("choice.chosenId", equalTo("L-7"));
    }

    @Test
    void aRefusalNamesNoDeskTheSheetDoesNotHave() {
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"確定申告の書類はどこで手に入りますか\"}")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .body("outcome", equalTo("NO_MATCH"))
                .body("contact.contact", nullValue())
                .body("contact.faqId", nullValue())
                .body("contact.message", not(containsString("下記")));
    }

    @Test
    void theRulesOfAnotherFaqAreNotOffered() {
        given().contentType(ContentType.JSON)
                .body("{\"member\": {\"scheme\": \"REGULAR\"}}")
                .when()
                .post("/api/v1/assessment")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("No personalisation for this FAQ"));
    }
}
