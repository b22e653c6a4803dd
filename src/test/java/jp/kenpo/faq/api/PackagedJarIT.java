package jp.kenpo.faq.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The packaged jar, as deployed: it answers questions and runs the rules compiled at build time. */
@QuarkusIntegrationTest
class PackagedJarIT {

    @Test
    void answersAQuestion() {
        given().contentType(ContentType.JSON)
                .body("{\"question\": \"お知らせをなくしました\"}")
                .when()
                .post("/api/v1/ask")
                .then()
                .statusCode(200)
                .body("best.id", oneOf("10-1", "10-2"));
    }

    @Test
    void runsTheRules() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"member": {"scheme": "SPECIAL_RETIREMENT", "qualificationAcquiredOn": "2014-04-01",
                                    "qualificationLostOn": null, "myNumberRegisteredOn": "2024-09-14",
                                    "birthDate": "1954-09-01", "elderlyCertificateRatio": 3},
                         "asOf": "2026-11-24"}
                        """)
                .when()
                .post("/api/v1/assessment")
                .then()
                .statusCode(200)
                .body("referenceDate", equalTo("2024-09-14"))
                .body("noticeTarget", equalTo(true))
                .body("delivery", equalTo("RESIDENCE_RECORDED_MAIL"))
                .body("copayRatio", equalTo(3))
                .body("explanations.code", hasItem("COPAY_RATIO_PRINTED"));
    }
}
