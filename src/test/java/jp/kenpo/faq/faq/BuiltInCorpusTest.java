package jp.kenpo.faq.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import jp.kenpo.faq.TestCorpus;
import org.junit.jupiter.api.Test;

/** The shipped corpus: all 40 items, the society's wording intact, every item findable. */
class BuiltInCorpusTest {

    private final FaqCorpus corpus = TestCorpus.corpus();

    @Test
    void holdsAllFortyItemsInOrder() {
        List<String> ids =
                corpus.items().stream().map(item -> item.id().toString()).toList();
        assertEquals(40, ids.size());
        assertEquals("1-1", ids.get(0));
        assertEquals("12-1", ids.get(39));
        assertEquals(
                12, corpus.items().stream().map(FaqItem::category).distinct().count());
    }

    @Test
    void keepsTheSocietysContactDetailsAndUrlsExactly() {
        String contact = corpus.get("4-1").answer();
        assertTrue(contact.contains("TEL：03-5954-7191　平日9：00-11：00/13：30-15：30"), contact);
        assertTrue(contact.contains("メール：gk@gib-kenpo.or.jp"), contact);
        assertTrue(corpus.get("1-3").answer().contains("https://myna.go.jp/html/hokenshoriyou_top.html"));
        assertTrue(corpus.get("1-3").answer().contains("https://www.sevenbank.co.jp/personal/atm/mynumbercard.html"));
    }

    @Test
    void repairsThePdfDamage() {
        for (FaqItem item : corpus.items()) {
            assertFalse(item.question().contains("\n"), item.id() + " question is on one line");
            assertFalse(item.question().contains(" "), item.id() + " question has no stray space");
        }
        assertTrue(corpus.get("3-1").answer().contains("（平成25年第27号。"));
        assertTrue(corpus.get("12-1").answer().startsWith("2025年12月1日の特別措置期間終了までは、使用することができますので、大切に保管してください。"));
    }

    @Test
    void everyItemHasAtLeastThreeAlternates() {
        corpus.items()
                .forEach(item ->
                        assertTrue(corpus.alternatesOf(item.id()).size() >= 3, item.id() + " has too few alternates"));
    }

    @Test
    void everyItemFileIsListedInTheManifest() throws IOException {
        String manifest = Files.readString(TestCorpus.DIRECTORY.resolve("corpus.yaml"));
        try (Stream<java.nio.file.Path> files = Files.list(TestCorpus.DIRECTORY.resolve("items"))) {
            files.forEach(file -> assertTrue(
                    manifest.contains("items/" + file.getFileName()),
                    file.getFileName() + " is not listed in corpus.yaml, so it would never be loaded"));
        }
    }
}
