package jp.kenpo.faq.matching;

import static jp.kenpo.faq.matching.TestIndex.ANALYZER;
import static jp.kenpo.faq.matching.TestIndex.GROUPS;
import static jp.kenpo.faq.matching.TestIndex.INDEX;
import static jp.kenpo.faq.matching.TestIndex.groupOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import jp.kenpo.faq.faq.CorpusLoader;
import jp.kenpo.faq.faq.CorpusSource;
import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.text.FaqAnalyzer;
import org.junit.jupiter.api.Test;

/** The words that define an answer group, read from its ways of asking. */
class DefiningTermsTest {

    private static final DefiningTerms DEFINING = new DefiningTerms(INDEX, GROUPS);

    @Test
    void losingDefinesTheLossItems() {
        assertEquals(1.0, factor("お知らせを落としてしまった", "10-1"));
        assertEquals(1.0, factor("資格情報のお知らせが見当たらない", "10-2"));
        assertEquals(
                DefiningTerms.KEPT_WITHOUT_ONE,
                factor("カードリーダーがない病院にお知らせを持っていく", "10-2"),
                "the loss items' setting without the loss");
    }

    @Test
    void movingDefinesTheMoveItem() {
        assertEquals(1.0, factor("引越しするのでお知らせの受け取りが心配", "6-3"));
        assertEquals(DefiningTerms.KEPT_WITHOUT_ONE, factor("郵便局の転送届はネットで出せますか", "6-3"));
    }

    @Test
    void aQuestionNamesAGroupOnlyByItsDefiningWords() {
        assertTrue(named("保険証はいつまで使えますか", "12-1"));
        assertFalse(named("マイナ保険証の利用登録を解除したい", "12-1"), "マイナ保険証 is another word");
        assertEquals(0, DEFINING.of(groupOf("11-1")).length, "a group without defining words");
        assertFalse(named("お知らせは大切に保管してください", "11-1"));
    }

    @Test
    void theNoticeEveryItemNamesDefinesNoGroup() {
        int notice = INDEX.vocabulary().termId(ANALYZER.analyze("お知らせ").terms().get(0));
        assertTrue(notice >= 0);
        for (int g = 0; g < GROUPS.count(); g++) {
            assertTrue(Arrays.binarySearch(DEFINING.of(g), notice) < 0, "group " + g);
        }
    }

    /** A spreadsheet FAQ without 言い換え asks each item one way: nothing tells which of its words all would use. */
    @Test
    void anItemAskedOneWayHasNoDefiningWords() {
        FaqCorpus sheet = new CorpusLoader(CorpusSource.directory(Path.of("src/test/resources/sheet-corpus"))).load();
        FaqAnalyzer analyzer = new FaqAnalyzer(sheet.userDictionary(), sheet.synonymGroups());
        IndexedCorpus index = IndexedCorpus.of(sheet, analyzer);
        AnswerGroups groups = new AnswerGroups(sheet, index.items());
        DefiningTerms defining = new DefiningTerms(index, groups);
        FeatureSet unrelated = index.vocabulary().lookup(analyzer.analyze("駐車場はありますか"));
        for (int g = 0; g < groups.count(); g++) {
            assertEquals(0, defining.of(g).length, "group " + g);
            assertEquals(1.0, defining.factor(unrelated, g));
        }
    }

    private static boolean named(String question, String id) {
        return DEFINING.named(INDEX.vocabulary().lookup(ANALYZER.analyze(question)), groupOf(id));
    }

    private static double factor(String question, String id) {
        return DEFINING.factor(INDEX.vocabulary().lookup(ANALYZER.analyze(question)), groupOf(id));
    }
}
