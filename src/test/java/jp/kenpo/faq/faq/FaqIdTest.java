package jp.kenpo.faq.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FaqIdTest {

    @Test
    void ordersNumericallyNotAsText() {
        assertTrue(FaqId.parse("2-1").compareTo(FaqId.parse("10-1")) < 0);
        assertTrue(FaqId.parse("5-2").compareTo(FaqId.parse("5-10")) < 0);
        assertEquals(
                List.of("0", "2", "10", "Q9", "Q10", "Q10a", "資格-3"),
                Stream.of("Q10a", "10", "資格-3", "Q10", "2", "Q9", "0")
                        .map(FaqId::parse)
                        .sorted()
                        .map(FaqId::toString)
                        .toList());
    }

    @Test
    void acceptsFullWidthDigitsAndDashes() {
        assertEquals(new FaqId("5-2"), FaqId.parse("５－２"));
        assertEquals("10-2", FaqId.parse(" 10-2 ").toString());
        assertEquals(FaqId.parse("5-2"), FaqId.parse("05-02"));
    }

    @Test
    void anyIdAFaqWritesIsAnId() {
        assertEquals("Q-017", FaqId.parse("Q-017").toString());
        assertEquals("1785", FaqId.parse("1785").toString());
    }

    @Test
    void rejectsWhatCannotBeAnId() {
        assertThrows(IllegalArgumentException.class, () -> FaqId.parse(" "));
        assertThrows(IllegalArgumentException.class, () -> FaqId.parse("a\nb"));
        assertThrows(IllegalArgumentException.class, () -> FaqId.parse("x".repeat(FaqId.MAX_LENGTH + 1)));
        assertThrows(IllegalArgumentException.class, () -> FaqId.parse(null));
    }
}
