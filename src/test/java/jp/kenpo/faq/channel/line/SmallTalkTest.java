package jp.kenpo.faq.channel.line;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SmallTalkTest {

    @ParameterizedTest
    @CsvSource({
        "こんにちは,GREETING",
        "おはようございます。よろしくお願いします,GREETING",
        "ありがとう！,THANKS",
        "よくわかりました、ありがとうございました😊,THANKS",
        "了解です,THANKS",
        "ちょっと待ってて,WAIT",
        "担当者と話したい,PERSON",
        "オペレーターにつないでください,PERSON",
        "人と直接話せますか？,PERSON"
    })
    void courtesiesAreRecognised(String text, SmallTalk expected) {
        assertEquals(Optional.of(expected), SmallTalk.of(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ありがとうございます。お知らせが届きません",
                "お知らせをなくしました",
                "担当者の氏名が間違っています",
                "こんにちは、資格情報のお知らせはいつ届きますか",
                "マイナ保険証の登録を待ってから使えますか"
            })
    void questionsAreNotSmallTalk(String text) {
        assertEquals(Optional.empty(), SmallTalk.of(text));
    }
}
