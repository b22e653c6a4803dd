package jp.kenpo.faq.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionMaskTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            マイナンバーは123456789012です                     | マイナンバーは［個人番号］です
            番号 1234 5678 9012 で登録しました                  | 番号 ［個人番号］ で登録しました
            ０３－１２３４－５６７８に電話してもいいですか        | ［電話番号］に電話してもいいですか
            連絡先は090-1234-5678です                          | 連絡先は［電話番号］です
            +81 90 1234 5678 に連絡ください                    | ［電話番号］ に連絡ください
            taro.yamada+kenpo@example.co.jp に送ってください    | ［メールアドレス］ に送ってください
            1954年9月1日生まれですがお知らせは届きますか          | ［数字］年［数字］月［数字］日生まれですがお知らせは届きますか
            2010-04-01から加入しています                        | ［数字］から加入しています
            資格情報のお知らせが届きません                       | 資格情報のお知らせが届きません
            """)
    void masksNumbersAndAddresses(String question, String kept) {
        assertEquals(kept, QuestionMask.mask(question));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            保険証番号12345678、電話03-1234-5678、mail a@b.jp、個人番号123412341234
            ｍｙ　ｍａｉｌ　ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ、記号１２３番号４５
            """)
    void leavesNoDigitOrAtSign(String question) {
        String masked = QuestionMask.mask(question);
        assertFalse(masked.codePoints().anyMatch(Character::isDigit), masked);
        assertFalse(masked.contains("@") || masked.contains("＠"), masked);
    }

    @Test
    void controlCharactersWhichTheDatabaseCannotStoreBecomeSpaces() {
        assertEquals("お知らせ ", QuestionMask.mask("お知らせ\u0000"));
    }
}
