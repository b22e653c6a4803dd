package jp.kenpo.faq.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.kenpo.faq.TestCorpus;
import org.junit.jupiter.api.Test;

/** The analysis chain with the real dictionary and synonyms. */
class FaqAnalyzerTest {

    private static final FaqAnalyzer ANALYZER = new FaqAnalyzer(
            TestCorpus.corpus().userDictionary(), TestCorpus.corpus().synonymGroups());

    @Test
    void kanaVariantsOfTheNoticeMeet() {
        List<String> expected = terms("お知らせ");
        for (String variant : List.of("おしらせ", "オシラセ", "ｵｼﾗｾ", "通知", "ハガキ")) {
            assertEquals(expected, terms(variant), variant);
        }
    }

    @Test
    void inflectionsMeetTheirBaseForm() {
        assertEquals(terms("届く"), terms("届かない"));
        assertEquals(terms("届く"), terms("来ない"));
        assertEquals(terms("紛失"), terms("なくした"));
        assertEquals(terms("紛失"), terms("なくしちゃった"));
    }

    @Test
    void particlesAndAuxiliariesAreDropped() {
        List<String> terms = terms("お知らせが届きませんでしたか");
        assertEquals(2, terms.size(), terms.toString());
    }

    /** "It did not come" and "will it come" share their words; only the negation tells them apart. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {"お知らせが届かない", "お知らせが届いていないのですが", "まだ来ません", "資格情報のお知らせがない", "届きませんでした"})
    void aTextThatDeniesSomethingIsNegated(String text) {
        assertTrue(ANALYZER.analyze(text).negated(), text);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {"私にもお知らせは届きますか", "お知らせが届きました", "お知らせをなくした", "送付対象者を教えて", "保険証はいつまで使える？"})
    void aTextThatDeniesNothingIsNotNegated(String text) {
        assertFalse(ANALYZER.analyze(text).negated(), text);
    }

    @Test
    void domainCompoundsStayWhole() {
        assertEquals(1, terms("高齢受給者証").size());
        assertEquals(1, terms("特例退職").size());
    }

    @Test
    void halfWidthKatakanaVerbsAreReadAgain() {
        assertEquals(terms("届かない"), terms("ﾄﾄﾞｶﾅｲ"));
    }

    /** Kuromoji cuts a hiragana sentence into guesses (さいはっこう → 歳 + はっこう) without the corpus's spellings. */
    @Test
    void domainWordsTypedInHiraganaReadAsTheirKanji() {
        assertEquals(terms("資格情報のお知らせが届かない"), terms("しかくじょうほうのおしらせがとどかない"));
        assertEquals(terms("お知らせ 再発行"), terms("おしらせ さいはっこう"));
        assertEquals(terms("病院で使える"), terms("びょういんでつかえる"));
        assertEquals(terms("被扶養者"), terms("ひふようしゃ"));
    }

    /** A short reading is left to Kuromoji: 使用 typed as しよう would turn every どうしよう into a word about use. */
    @Test
    void shortReadingsAreNotDomainWords() {
        assertTrue(terms("どうしよう").isEmpty(), terms("どうしよう").toString());
    }

    /** 内容 is ないよう: a spelling that starts like a verb's ending would be read in every 届いていないようです. */
    @Test
    void verbEndingsAreNotReadAsDomainWords() {
        assertEquals(terms("お知らせが来ていません"), terms("お知らせが来ていないようです"));
    }

    @Test
    void loanwordsTypedInHiraganaReadAsTheirKatakana() {
        assertEquals(terms("カードリーダー 故障"), terms("かーどりーだー こしょう"));
        assertEquals(terms("マイナンバーカードを保険証として"), terms("まいなんばーかーどを ほけんしょうとして"));
        assertEquals(terms("マイナポータルからダウンロード"), terms("まいなぽーたるから だうんろーど"));
    }

    /** Kuromoji cuts a hiragana word at its ー; the lone ー read as nothing must not become one word of every text. */
    @Test
    void aLongVowelMarkAloneIsNoTerm() {
        assertFalse(
                terms("かーど はがした すごーく こまる").contains(""),
                terms("かーど はがした すごーく こまる").toString());
    }

    /** Search mode also guesses inside an unknown katakana run (シカ「鹿」); the run read as words replaces them. */
    @Test
    void katakanaSentencesReadAsTheirWords() {
        List<String> expected = terms("資格情報のお知らせをなくしました");
        assertEquals(expected, terms("シカクジョウホウノオシラセヲナクシマシタ"));
        assertEquals(expected, terms("ｼｶｸｼﾞｮｳﾎｳﾉｵｼﾗｾｦﾅｸｼﾏｼﾀ"));
    }

    @Test
    void readingFoldsSpellings() {
        assertEquals(
                ANALYZER.analyze("保険証").reading(), ANALYZER.analyze("hokensho").reading());
        assertEquals(
                ANALYZER.analyze("ほけんしょう").reading(), ANALYZER.analyze("ホケンショー").reading());
    }

    @Test
    void emptyAndSymbolOnlyTextsHaveNoTerms() {
        assertTrue(terms("").isEmpty());
        assertTrue(terms("？！…").isEmpty());
        assertFalse(terms("😀 お知らせ").isEmpty());
    }

    @Test
    void threadsAnalysingAtOnceGetTheirOwnChains() throws Exception {
        List<String> texts = List.of("ﾄﾄﾞｶﾅｲ", "お知らせが届きません", "oshirase wo nakushita", "高齢受給者証はいつ届く？");
        List<AnalyzedText> expected = texts.stream().map(ANALYZER::analyze).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < 50; round++) {
                        for (int i = 0; i < texts.size(); i++) {
                            if (!ANALYZER.analyze(texts.get(i)).equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (java.util.concurrent.Future<Boolean> run : runs) {
                assertTrue(run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> terms(String text) {
        return ANALYZER.analyze(text).terms();
    }
}
