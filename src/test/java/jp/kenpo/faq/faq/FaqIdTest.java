package jp.kenpo.faq.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FaqIdTest {

    @Test
    void ordersNumericallyNotAsText() {
        assertTrue(FaqId.parse("2-1").compareTo(FaqId.parse("10-1")) < 0);
        assertTrue(FaqId.parse("5-2").compareTo(FaqId.parse("5-10")) < 0);
    }

    @Test
    void acceptsFullWidthDigitsAndDashes() {
        assertEquals(new FaqId(5, 2), FaqId.parse("５－２"));
        assertEquals("10-2", FaqId.parse(" 10-2 ").toString());
    }

    @Test
    void rejectsWhatIsNotAnId() {
        assertThrows(IllegalArgumentException.class, () -> FaqId.parse("5"));
        assertThrows(IllegalArgumentException.class, () -> FaqId.parse("a-b"));
        assertThrows(IllegalArgumentException.class, () -> FaqId.parse(null));
    }
}
