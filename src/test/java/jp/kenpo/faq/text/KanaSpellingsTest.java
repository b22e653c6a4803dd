package jp.kenpo.faq.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.junit.jupiter.api.Test;

/** The hiragana spellings a corpus's own words get, from its files alone. */
class KanaSpellingsTest {

    private static final String DICTIONARY =
            "資格情報,資格情報,シカクジョウホウ,カスタム名詞\n" + "特定記録郵便,特定記録 郵便,トクテイキロク ユウビン,カスタム名詞\n" + "マイナ保険証,マイナ保険証,マイナホケンショウ,カスタム名詞\n";

    private static List<String> added(List<List<String>> synonyms) throws IOException {
        String csv = KanaSpellings.addTo(DICTIONARY, UserDictionary.open(new StringReader(DICTIONARY)), synonyms);
        return csv.substring(DICTIONARY.length())
                .lines()
                .filter(l -> !l.isBlank())
                .toList();
    }

    @Test
    void kanjiNounsGetTheirReadingCutAsTheKanjiIs() throws IOException {
        List<String> lines = added(List.of(List.of("病院", "医療機関")));
        assertTrue(lines.contains("しかくじょうほう,しかくじょうほう,シカクジョウホウ,カスタム名詞"), lines.toString());
        assertTrue(lines.contains("とくていきろくゆうびん,とくていきろく ゆうびん,トクテイキロク ユウビン,カスタム名詞"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("びょういん,")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("いりょうきかん,")), lines.toString());
    }

    @Test
    void verbsAndShortReadingsGetNone() throws IOException {
        List<String> lines = added(List.of(List.of("受け取る", "使用", "利用"), List.of("カード", "マイナ保険証"), List.of("内容", "中身")));
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("うけとる,")), "a verb inflects: " + lines);
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("ないよう,")), "starts like a verb's ending: " + lines);
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("しよう,")), "too short: " + lines);
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("りよう,")), "too short: " + lines);
    }

    /** Kuromoji cuts a loanword typed in hiragana at each ー: かーどりーだー gets its own line, ー and all. */
    @Test
    void katakanaWordsGetTheirHiraganaWithTheLongVowelMarks() throws IOException {
        List<String> lines = added(List.of(List.of("カードリーダー", "読み取り機")));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("かーどりーだー,")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("まいなほけんしょう,")), lines.toString());
    }

    @Test
    void theLinesMakeAValidDictionary() throws IOException {
        String csv = KanaSpellings.addTo(
                DICTIONARY, UserDictionary.open(new StringReader(DICTIONARY)), List.of(List.of("資格情報", "健康保険証")));
        assertEquals(1, csv.lines().filter(l -> l.startsWith("しかくじょうほう,")).count(), "one line per spelling");
        UserDictionary.open(new StringReader(csv));
    }
}
