package jp.kenpo.faq.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import jp.kenpo.faq.MemberFactKeys;
import org.junit.jupiter.api.Test;

/** GET /api/v1/facts: the member facts as the front-ends build their forms from them. */
@QuarkusTest
class FactsResourceTest {

    @Test
    void factsAreDescribedInAskingOrderWithJapaneseLabels() {
        given().when()
                .get("/api/v1/facts")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("key", contains(MemberFactKeys.IN_ASKING_ORDER.toArray()))
                .body(
                        "label",
                        contains(
                                "加入制度",
                                "被保険者／被扶養者",
                                "勤務先",
                                "資格取得日",
                                "資格喪失日",
                                "マイナンバー登録日",
                                "マイナ保険証の利用登録",
                                "生年月日",
                                "高齢受給者証の負担割合"))
                .body("kind", contains("ENUM", "ENUM", "ENUM", "DATE", "DATE", "DATE", "BOOLEAN", "DATE", "RATIO"));
    }

    @Test
    void optionsCarryTheValueToSendAndItsJapaneseName() {
        given().when()
                .get("/api/v1/facts")
                .then()
                .statusCode(200)
                .body(
                        "find { it.key == 'scheme' }.options.value",
                        contains("REGULAR", "VOLUNTARY_CONTINUATION", "SPECIAL_RETIREMENT"))
                .body("find { it.key == 'scheme' }.options.label", contains("一般（在職）", "任意継続", "特例退職"))
                .body("find { it.key == 'employer' }.options", hasSize(8))
                .body(
                        "find { it.key == 'employer' }.options.find { it.value == 'KYOEI_NENKIN_HOME' }.label",
                        equalTo("協栄年金ホーム"))
                .body("find { it.key == 'mynaCardInsuranceRegistered' }.options.value", contains(true, false))
                .body("find { it.key == 'elderlyCertificateRatio' }.options.value", contains(2, 3))
                .body("find { it.key == 'birthDate' }.options", empty());
    }

    @Test
    void nullMeansSaysWhatAnExplicitNullStates() {
        given().when()
                .get("/api/v1/facts")
                .then()
                .statusCode(200)
                .body("find { it.key == 'qualificationLostOn' }.nullMeans", equalTo("加入中"))
                .body("find { it.key == 'myNumberRegisteredOn' }.nullMeans", equalTo("未登録"))
                .body("find { it.key == 'elderlyCertificateRatio' }.nullMeans", equalTo("交付なし"))
                .body("find { it.key == 'birthDate' }.nullMeans", nullValue())
                .body("findAll { it.nullMeans != null }.key", hasSize(3));
    }

    @Test
    void theEndpointIsInTheOpenApiDocument() {
        given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths", hasKey("/api/v1/facts"))
                .body("paths.'/api/v1/facts'.get.summary", equalTo("The member facts, in asking order"))
                .body("components.schemas.FactView.properties.keySet()", hasItem("nullMeans"))
                .body(
                        "components.schemas.MemberFacts.properties.keySet()",
                        containsInAnyOrder(MemberFactKeys.IN_ASKING_ORDER.toArray()));
    }

    @Test
    void everyOptionIsAcceptedBackAsAMemberFact() {
        List<String> keys = given().get("/api/v1/facts").jsonPath().getList("findAll { it.options.size() > 0 }.key");
        assertFalse(keys.isEmpty(), "no fact with options");
        for (String key : keys) {
            List<Object> values =
                    given().get("/api/v1/facts").jsonPath().getList("find { it.key == '" + key + "' }.options.value");
            for (Object value : values) {
                given().contentType("application/json")
                        .body(java.util.Map.of("member", java.util.Map.of(key, value), "asOf", "2026-11-24"))
                        .when()
                        .post("/api/v1/assessment")
                        .then()
                        .statusCode(200);
            }
        }
    }
}
