package jp.kenpo.faq.matching;

import static jp.kenpo.faq.matching.TestIndex.ANALYZER;
import static jp.kenpo.faq.matching.TestIndex.CORPUS;
import static jp.kenpo.faq.matching.TestIndex.GROUPS;
import static jp.kenpo.faq.matching.TestIndex.INDEX;
import static jp.kenpo.faq.matching.TestIndex.groupOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.kenpo.faq.TestCorpus;
import org.junit.jupiter.api.Test;

/** 質問の対象: the object a question names decides which items may answer it. */
class FocusTest {

    private static final Focus FOCUS = new Focus(CORPUS.focusObjects(), ANALYZER, INDEX, GROUPS);

    @Test
    void theNoticeIsTheSubjectOfEveryItemSoNamingItNarrowsNothing() {
        assertNull(FOCUS.fitting(ANALYZER.analyze("お知らせをなくしました")));
        assertNull(FOCUS.fitting(ANALYZER.analyze("いつ届きますか")));
    }

    @Test
    void aQuestionAboutThePaperCardFitsOnlyItemsAboutIt() {
        boolean[] fitting = FOCUS.fitting(ANALYZER.analyze("健康保険証はどうしたらいいですか"));
        assertNotNull(fitting);
        assertTrue(fitting[groupOf("12-1")], "12-1 is about the paper card");
        assertFalse(fitting[groupOf("6-3")], "6-3 is about receiving the notice when moving");
    }

    @Test
    void aDocumentNoItemIsAboutFitsNothing() {
        boolean[] fitting = FOCUS.fitting(ANALYZER.analyze("資格確認書をなくしました。再交付してもらえますか"));
        assertNotNull(fitting);
        for (int g = 0; g < GROUPS.count(); g++) {
            assertFalse(fitting[g], "group " + g);
        }
    }

    @Test
    void theMatcherRefusesAQuestionAboutAnotherDocumentWhateverVerbsItShares() {
        Matcher matcher = TestCorpus.matcher();
        assertEquals(
                MatchOutcome.NO_MATCH, matcher.match("資格確認書をなくしたので再交付してください", 3).outcome());
        assertEquals(MatchOutcome.NO_MATCH, matcher.match("医療費のお知らせが届きません", 3).outcome());
        // the same verbs about the notice are answered
        assertEquals(
                MatchOutcome.ANSWER, matcher.match("お知らせをなくしたので再交付してください", 3).outcome());
    }

    @Test
    void aQuestionNamingTheSubjectBesideAnotherDocumentIsNotRefusedForIt() {
        MatchResult result = TestCorpus.matcher().match("資格確認書がまだなので、お知らせだけ持って病院に行けますか", 3);
        assertTrue(result.best().isPresent(), result.toString());
    }

    @Test
    void anObjectTheAnalyzerReadsAsSeveralWordsIsRefusedAtStartUp() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class, () -> new Focus(List.of("特定健診の案内"), ANALYZER, INDEX, GROUPS));
        assertTrue(e.getMessage().contains("特定健診の案内"), e.getMessage());
    }
}
