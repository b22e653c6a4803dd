package jp.kenpo.faq.matching;

import static jp.kenpo.faq.matching.TestIndex.ANALYZER;
import static jp.kenpo.faq.matching.TestIndex.CORPUS;
import static jp.kenpo.faq.matching.TestIndex.GROUPS;
import static jp.kenpo.faq.matching.TestIndex.INDEX;
import static jp.kenpo.faq.matching.TestIndex.groupOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How much of a question an answer group explains. */
class CoverageTest {

    private static final Coverage COVERAGE = new Coverage(INDEX, GROUPS);

    @Test
    void anItemExplainsItsOwnQuestionWhole() {
        String question = CORPUS.get("10-1").question();
        assertEquals(1.0, explained(question, "10-1"), 1e-9);
    }

    @Test
    void wordsTheFaqNeverUsesCountAgainstTheAnswer() {
        double plain = explained("お知らせをなくしました。再交付は必要ですか", "10-1");
        double mixed = explained("お知らせをなくしました。社内システムのパスワードも忘れました。再交付は必要ですか", "10-1");
        assertTrue(mixed < plain - 0.2, plain + " vs " + mixed);
    }

    @Test
    void anotherItemsWordsExplainLessThanTheItemsOwn() {
        String question = "転居・転送サービスの手配をお願いします";
        assertTrue(explained(question, "6-3") > explained(question, "3-2"));
    }

    @Test
    void aTextOfWordsTheFaqNeverUsesIsHardlyExplained() {
        // a few of its read bigrams occur somewhere in the answer; its words do not
        double explained = explained("ぱすわーどりせっと", "10-1");
        assertTrue(explained < 0.3, String.valueOf(explained));
    }

    private static double explained(String question, String id) {
        return COVERAGE.explained(INDEX.vocabulary().lookup(ANALYZER.analyze(question)), groupOf(id));
    }
}
