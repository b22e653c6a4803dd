package jp.kenpo.faq.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionGroupsTest {

    private static RecordedQuestion asked(String question, String outcome, Boolean helpful) {
        return new RecordedQuestion(
                "id",
                Instant.parse("2026-11-30T00:00:00Z"),
                "API",
                outcome,
                null,
                question,
                outcome.equals("NO_MATCH") ? null : "5-2",
                null,
                List.of(),
                helpful == null ? null : new RecordedQuestion.Feedback(helpful, null));
    }

    /** Words split on spaces stand in for the analyzer. */
    private static List<String> words(String text) {
        return Arrays.asList(text.split(" "));
    }

    @Test
    void questionsSharingMostWordsFormOneGroupTheLargestFirst() {
        List<QuestionGroup> groups = QuestionGroups.of(
                List.of(
                        asked("資格確認書 いつ 届く", "NO_MATCH", null),
                        asked("出産 手当金 振込", "NO_MATCH", null),
                        asked("資格確認書 届く いつ", "SUGGEST", false),
                        asked("資格確認書 いつ 届く 教えて", "NO_MATCH", null),
                        asked(null, "NO_MATCH", null)),
                QuestionGroupsTest::words);

        assertEquals(2, groups.size());
        QuestionGroup first = groups.get(0);
        assertEquals("資格確認書 いつ 届く", first.question());
        assertEquals(3, first.count());
        assertEquals(1, first.unhelpful());
        assertEquals(2, first.outcomes().get("NO_MATCH"));
        assertEquals(1, first.items().get("5-2"));
        assertEquals(1, groups.get(1).count());
    }

    @Test
    void halfTheWordsInCommonIsEnoughLessIsNot() {
        assertEquals(
                0.75, QuestionGroups.jaccard(java.util.Set.of("a", "b", "c"), java.util.Set.of("a", "b", "c", "d")));
        assertEquals(
                2,
                QuestionGroups.of(
                                List.of(asked("a b c d", "NO_MATCH", null), asked("a b e f", "NO_MATCH", null)),
                                QuestionGroupsTest::words)
                        .size());
    }
}
