package jp.kenpo.faq.traffic;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.kenpo.faq.store.Database;
import jp.kenpo.faq.store.StoreConfig;
import org.junit.jupiter.api.Test;

/** What is older than the retention goes, with its feedback; what is younger stays. */
@QuarkusTest
class RetentionTest {

    @Inject
    Retention retention;

    @Inject
    TrafficStore store;

    @Inject
    Database database;

    @Inject
    StoreConfig config;

    @Test
    void answersOlderThanTheRetentionArePurgedWithTheirFeedback() throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(database::isReady);
        Instant now = Instant.now();
        AnswerRecord old = answeredAt(now.minus(config.retention()).minus(Duration.ofDays(1)));
        AnswerRecord recent = answeredAt(now.minus(config.retention()).plus(Duration.ofDays(1)));
        store.write(List.of(old, recent), List.of(new Feedback(old.id(), false, Optional.empty(), now)));
        assertTrue(store.exists(old.id()));

        retention.purgeBefore(now.minus(config.retention()));

        assertFalse(store.exists(old.id()), "older than the retention");
        assertTrue(store.exists(recent.id()), "within the retention");
    }

    private static AnswerRecord answeredAt(Instant at) {
        return new AnswerRecord(
                UUID.randomUUID(),
                at,
                "API",
                "NO_MATCH",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                Optional.of("保存期間の確認"));
    }
}
