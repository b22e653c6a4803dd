package jp.kenpo.faq.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AnswerCopyTest {

    @Test
    void quotesWhatCsvAndArraysNeedAndLeavesNullsEmpty() {
        UUID id = UUID.fromString("3f1c2a9e-6b0d-4c71-9a52-0d8f3b6e21c4");
        AnswerRecord record = new AnswerRecord(
                id,
                Instant.parse("2026-11-30T01:02:03Z"),
                "API",
                "SUGGEST",
                Optional.empty(),
                Optional.of("Q,\"1\""),
                Optional.of(0.5),
                List.of("Q,\"1\"", "a\\b"),
                List.of(),
                List.of("birthDate"),
                Optional.of("「お知らせ」が\n届かない, \"なぜ\""));
        assertEquals(
                id + ",2026-11-30T01:02:03Z,\"API\",\"SUGGEST\",,\"Q,\"\"1\"\"\",0.5,"
                        + "\"{\"\"Q,\\\"\"1\\\"\"\"\",\"\"a\\\\b\"\"}\",\"{}\",\"{\"\"birthDate\"\"}\","
                        + "\"「お知らせ」が\n届かない, \"\"なぜ\"\"\"\n",
                AnswerCopy.csv(List.of(record)));
    }
}
