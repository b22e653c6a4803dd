package jp.kenpo.faq.channel.agent;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.kenpo.faq.TestCorpus;
import jp.kenpo.faq.faq.CorpusLoader;
import jp.kenpo.faq.faq.CorpusSource;
import jp.kenpo.faq.faq.FaqCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in FAQ exported as a spreadsheet is a corpus: a directory holding only that file serves the same items. */
@QuarkusTest
class FaqExportTest {

    @TempDir
    Path dir;

    @Test
    void theExportedSheetLoadsBackAsTheSameFaq() throws IOException {
        byte[] csv = given().cookie(AgentLogin.as(AgentLogin.AGENT, AgentLogin.AGENT_PASSWORD))
                .when()
                .get("/api/v1/agent/faq.csv")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"faq.csv\"")
                .extract()
                .asByteArray();
        Files.write(dir.resolve("faq.csv"), csv);
        FaqCorpus back = new CorpusLoader(CorpusSource.directory(dir)).load();
        FaqCorpus original = TestCorpus.corpus();
        assertEquals(original.items(), back.items());
        assertEquals(original.alternates(), back.alternates());
        assertEquals(
                "id,question,answer,category,alternates",
                new String(csv, StandardCharsets.UTF_8).lines().findFirst().orElseThrow());
    }
}
