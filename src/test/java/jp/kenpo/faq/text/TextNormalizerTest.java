package jp.kenpo.faq.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void widthsAreUnified() {
        assertEquals("オシラセ pgf生命 5-2", TextNormalizer.normalize("ｵｼﾗｾ　ＰＧＦ生命　５－２"));
    }

    @Test
    void invisibleCharactersAreDropped() {
        assertEquals("お知らせ", TextNormalizer.normalize("お\u200B知ら\u0007せ\uFEFF"));
        assertEquals("お知らせ", TextNormalizer.normalize("お知らせ\uD800"));
    }

    @Test
    void emojiSurvive() {
        assertEquals("お知らせ😀", TextNormalizer.normalize("お知らせ😀"));
    }

    @Test
    void romajiBecomesHiraganaButAcronymsStay() {
        assertEquals("おしらせ が とどかない", TextNormalizer.normalize("oshirase ga todokanai"));
        assertEquals("ほけんしょう", TextNormalizer.normalize("hokenshou"));
        assertEquals("pgf clis atm", TextNormalizer.normalize("PGF CLIS ATM"));
    }

    @Test
    void spokenContractionsOfShimauAreSpelledOut() {
        assertEquals("お知らせをなくしてしまった", TextNormalizer.normalize("お知らせをなくしちゃった"));
        assertEquals("出してしまいました", TextNormalizer.normalize("出しちゃいました"));
        assertEquals("捨てちゃうかも", TextNormalizer.normalize("捨てちゃうかも"));
        assertEquals("すこしちゃんと見た", TextNormalizer.normalize("すこしちゃんと見た"));
        assertEquals("出しちゃいけない", TextNormalizer.normalize("出しちゃいけない"));
    }

    @Test
    void longVowelsFold() {
        assertEquals(Kana.foldLongVowels("ほけんしょう"), Kana.foldLongVowels("ほけんしょ"));
        assertEquals(Kana.foldLongVowels(Kana.toHiragana("カードリーダー")), Kana.foldLongVowels("かどりだ"));
    }
}
