package jp.kenpo.faq.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.kenpo.faq.TestCorpus;
import jp.kenpo.faq.faq.FaqId;
import org.junit.jupiter.api.Test;

/** Behaviour of the matcher that holds whatever the question. */
class MatcherTest {

    private final Matcher matcher = TestCorpus.matcher();

    @Test
    void everyItemIsScoredBetweenZeroAndOne() {
        List<ScoredItem> ranked = matcher.rank("お知らせが届きません").items();
        assertEquals(40, ranked.size());
        ranked.forEach(scored -> assertTrue(scored.score() >= 0 && scored.score() <= 1, scored.toString()));
    }

    @Test
    void candidatesAreBestFirst() {
        List<ScoredItem> candidates = matcher.match("お知らせが届きません", 10).candidates();
        for (int i = 1; i < candidates.size(); i++) {
            assertTrue(candidates.get(i - 1).score() >= candidates.get(i).score(), candidates.toString());
        }
    }

    @Test
    void itemsWithTheSameAnswerDoNotCrowdTheCandidates() {
        MatchResult result = matcher.match("扶養家族の分のお知らせが届いていないのはなぜですか", 10);
        Set<Set<FaqId>> groups = new HashSet<>();
        for (ScoredItem candidate : result.candidates()) {
            assertTrue(
                    groups.add(
                            TestCorpus.corpus().answerGroupOf(candidate.item().id())),
                    "two candidates from one answer group: " + result.candidates());
        }
    }

    @Test
    void limitIsRespected() {
        assertEquals(1, matcher.match("お知らせをなくしました", 1).candidates().size());
        assertTrue(matcher.match("お知らせをなくしました", 10).candidates().size() <= 10);
    }

    @Test
    void textWithoutWordsIsNoMatch() {
        for (String nothing : List.of("？？？", "😀😀", "\u200B")) {
            MatchResult result = matcher.match(nothing, 3);
            assertEquals(MatchOutcome.NO_MATCH, result.outcome(), nothing);
            assertFalse(result.best().isPresent());
        }
    }

    @Test
    void theItemsOwnQuestionFindsIt() {
        TestCorpus.corpus().items().forEach(item -> {
            MatchResult result = matcher.match(item.question(), 3);
            assertTrue(result.best().isPresent(), item.id() + " was rejected");
            assertTrue(
                    TestCorpus.corpus()
                            .answerGroupOf(item.id())
                            .contains(result.best().get().item().id()),
                    item.id() + " found " + result.best().get().item().id());
        });
    }
}
