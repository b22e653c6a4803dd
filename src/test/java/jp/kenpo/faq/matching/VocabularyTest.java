package jp.kenpo.faq.matching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.kenpo.faq.text.AnalyzedText;
import org.junit.jupiter.api.Test;

/** Features get their ids once; a question's unknown features are counted, each once. */
class VocabularyTest {

    @Test
    void aQuestionFindsTheIdsTheCorpusGave() {
        Vocabulary vocabulary = new Vocabulary();
        FeatureSet corpus = vocabulary.add(new AnalyzedText(List.of("≡お知らせ", "≡届く"), "おしらせ", "お知らせ"));
        FeatureSet question = vocabulary.lookup(new AnalyzedText(List.of("≡届く", "≡お知らせ", "≡届く"), "おしらせ", "お知らせ"));
        assertArrayEquals(corpus.terms(), question.terms());
        assertArrayEquals(corpus.grams(), question.grams());
        assertEquals(0, question.unseenTerms() + question.unseenGrams());
    }

    @Test
    void unknownFeaturesCountOnceAndGetNoId() {
        Vocabulary vocabulary = new Vocabulary();
        vocabulary.add(new AnalyzedText(List.of("≡お知らせ"), "おしらせ", "お知らせ"));
        int size = vocabulary.size();
        FeatureSet question = vocabulary.lookup(new AnalyzedText(List.of("ほけん", "ほけん", "≡お知らせ"), "ほけほけしら", "知ら"));
        assertEquals(1, question.terms().length);
        assertEquals(1, question.unseenTerms());
        assertEquals(2, question.grams().length, "しら (reading) and 知ら (written) are known");
        assertEquals(3, question.unseenGrams(), "ほけ (twice), けほ and けし, each counted once");
        assertEquals(size, vocabulary.size());
    }

    @Test
    void readingAndWrittenBigramsAreDistinctFeatures() {
        Vocabulary vocabulary = new Vocabulary();
        FeatureSet text = vocabulary.add(new AnalyzedText(List.of(), "あい", "あい"));
        assertEquals(2, text.grams().length);
        assertTrue(
                vocabulary.lookup(new AnalyzedText(List.of(), "あ", "")).unseenGrams() == 1,
                "a one-character text is its own gram");
    }
}
