package jp.kenpo.faq.personalization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The days a typed date allows: what the member left unsaid stays open. */
class TypedDateTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2010年から加入, 2010-01-01, 2010-12-31",
        "2024年9月, 2024-09-01, 2024-09-30",
        "2024年2月, 2024-02-01, 2024-02-29",
        "2024/9/14, 2024-09-14, 2024-09-14",
        "２０２４年９月１４日, 2024-09-14, 2024-09-14",
        "20240914, 2024-09-14, 2024-09-14",
        "令和6年9月14日, 2024-09-14, 2024-09-14",
        "令和元年, 2019-01-01, 2019-12-31",
        "R6.9.14, 2024-09-14, 2024-09-14",
        "s36.8.20, 1961-08-20, 1961-08-20",
        "平成22年4月, 2010-04-01, 2010-04-30",
        "昭和30年生まれ, 1955-01-01, 1955-12-31",
    })
    void readsTheDaysTheTextAllows(String text, String first, String last) {
        assertEquals(Optional.of(new TypedDate(LocalDate.parse(first), LocalDate.parse(last))), TypedDate.read(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"10年前から", "最近です", "2024年2月30日", "090-1234-5678の番号", "加入しています"})
    void noDateOrAnImpossibleOneIsNotRead(String text) {
        assertEquals(Optional.empty(), TypedDate.read(text));
    }
}
