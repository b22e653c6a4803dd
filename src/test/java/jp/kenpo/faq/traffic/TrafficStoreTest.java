package jp.kenpo.faq.traffic;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.kenpo.faq.matching.MatchOutcome;
import jp.kenpo.faq.store.Database;
import org.junit.jupiter.api.Test;

/** A batch goes in by COPY and comes back as it was, whatever its ids and texts hold. */
@QuarkusTest
class TrafficStoreTest {

    @Inject
    TrafficStore store;

    @Inject
    Database database;

    @Test
    void aBatchComesBackAsItWasWritten() throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(database::isReady);
        String item = "資格-\"3\",{x}\\" + UUID.randomUUID();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        AnswerRecord first = record(at, item, Optional.of("「お知らせ」が\n届かない, \"なぜ\""));
        AnswerRecord second = record(at.plusMillis(1), item, Optional.empty());

        store.write(List.of(first, second), List.of());

        List<RecordedQuestion> back = store.questions(new TrafficStore.QuestionFilter(
                Optional.of(MatchOutcome.SUGGEST), Optional.of(item), Optional.empty(), Optional.empty(), 10));
        assertEquals(2, back.size());
        RecordedQuestion older = back.get(1);
        assertEquals(first.id().toString(), older.answerId());
        assertEquals(at, older.askedAt());
        assertEquals("「お知らせ」が\n届かない, \"なぜ\"", older.question());
        assertEquals(List.of(item, "a\\b"), older.candidates());
        assertEquals(0.25, older.score());
        assertEquals(null, back.get(0).question());
    }

    @Test
    void onlyWhatWasAskedInThePeriodIsListedWhenOneIsGiven() throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(database::isReady);
        String item = "期間-" + UUID.randomUUID();
        Instant now = Instant.now();
        AnswerRecord old = record(now.minus(Duration.ofDays(40)), item, Optional.of("古い質問"));
        AnswerRecord recent = record(now.minus(Duration.ofDays(2)), item, Optional.of("新しい質問"));
        store.write(List.of(old, recent), List.of());

        List<RecordedQuestion> lastMonth = store.questions(new TrafficStore.QuestionFilter(
                Optional.empty(),
                Optional.of(item),
                Optional.empty(),
                Optional.of(now.minus(Duration.ofDays(30))),
                10));
        List<RecordedQuestion> all = store.questions(new TrafficStore.QuestionFilter(
                Optional.empty(), Optional.of(item), Optional.empty(), Optional.empty(), 10));

        assertEquals(
                List.of("新しい質問"),
                lastMonth.stream().map(RecordedQuestion::question).toList());
        assertEquals(2, all.size());
    }

    private static AnswerRecord record(Instant at, String item, Optional<String> question) {
        return new AnswerRecord(
                UUID.randomUUID(),
                at,
                "WIDGET",
                "SUGGEST",
                Optional.empty(),
                Optional.of(item),
                Optional.of(0.25),
                List.of(item, "a\\b"),
                List.of("birthDate"),
                List.of(),
                question);
    }
}
