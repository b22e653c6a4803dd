package jp.kenpo.faq.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import jp.kenpo.faq.TestCorpus;
import org.junit.jupiter.api.Test;

/** An FAQ kept in a spreadsheet: RFC 4180 as Excel and LibreOffice save it, and problems named by line. */
class FaqCsvTest {

    @Test
    void readsQuotedCommasQuotesAndLineBreaksWithCrlfAndABom() {
        String csv = "\uFEFFid,question,answer\r\n"
                + "Q-1,\"窓口は、どこですか\",\"本庁舎1階です。\r\n\"\"市民課\"\"へお越しください。\"\r\n"
                + "Q-2,開庁時間は,午前9時から\r\n"
                + "\r\n";
        FaqCsv.Sheet sheet = FaqCsv.read("faq.csv", csv);
        assertEquals(2, sheet.items().size());
        FaqItem first = sheet.items().get(0);
        assertEquals("Q-1", first.id().toString());
        assertEquals("窓口は、どこですか", first.question());
        assertEquals("本庁舎1階です。\r\n\"市民課\"へお越しください。", first.answer());
        assertEquals("", first.category());
        assertTrue(sheet.alternates().isEmpty());
    }

    @Test
    void optionalColumnsInAnyOrderAndExtraColumnsLeftAlone() {
        String csv = "alternates,メモ,answer,category,question,id\n" + "\"窓口はどこ\n受付の場所\",確認済み,本庁舎1階です。,窓口,窓口の場所は,7\n";
        FaqCsv.Sheet sheet = FaqCsv.read("faq.csv", csv);
        FaqItem item = sheet.items().get(0);
        assertEquals(new FaqItem(FaqId.parse("7"), "窓口", "窓口の場所は", "本庁舎1階です。"), item);
        assertEquals(Map.of(FaqId.parse("7"), List.of("窓口はどこ", "受付の場所")), sheet.alternates());
    }

    @Test
    void theBuiltInCorpusSurvivesExportAndImport() {
        FaqCorpus corpus = TestCorpus.corpus();
        FaqCsv.Sheet back = FaqCsv.read("faq.csv", FaqCsv.write(corpus));
        assertEquals(corpus.items(), back.items());
        assertEquals(corpus.alternates(), back.alternates());
    }

    @Test
    void aMissingColumnIsNamed() {
        assertProblem("id,question\n1,質問\n", "line 1", "'answer' is missing");
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsNamedByItsLine() {
        assertProblem("id,question,answer\n1,質問,回答\n2,質問,回答,余分\n", "line 3", "has 4 fields");
    }

    @Test
    void aDuplicateIdNamesBothLines() {
        assertProblem("id,question,answer\n1,質問,回答\n\"1\",別の質問,回答\n", "line 3", "also on line 2");
    }

    @Test
    void anUnclosedQuoteNamesTheLineItStartsOn() {
        assertProblem("id,question,answer\n1,\"質問,回答\n2,質問,回答\n", "line 2", "never closed");
    }

    @Test
    void anEmptyAnswerIsRefused() {
        assertProblem("id,question,answer\n1,質問,\n", "line 2", "needs a question and an answer");
    }

    @Test
    void aHeaderWithoutItemsIsRefused() {
        assertProblem("id,question,answer\n", "faq.csv", "no items");
    }

    private static void assertProblem(String csv, String where, String what) {
        InvalidCorpusException e = assertThrows(InvalidCorpusException.class, () -> FaqCsv.read("faq.csv", csv));
        assertTrue(e.getMessage().startsWith("faq-corpus/faq.csv"), e.getMessage());
        assertTrue(e.getMessage().contains(where), e.getMessage());
        assertTrue(e.getMessage().contains(what), e.getMessage());
    }
}
