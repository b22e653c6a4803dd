package jp.kenpo.faq.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import jp.kenpo.faq.TestCorpus;
import jp.kenpo.faq.faq.FaqCorpus;
import org.junit.jupiter.api.Test;

class LexicalWeightsTest {

    @Test
    void anFaqWithWaysOfAskingIsMatchedOnThem() {
        assertEquals(LexicalWeights.ASKED, LexicalWeights.forCorpus(TestCorpus.corpus()));
    }

    @Test
    void anFaqAsPublishedLeansOnItsAnswers() {
        FaqCorpus corpus = TestCorpus.corpus();
        FaqCorpus published = corpus.withAlternates(Map.of());
        assertEquals(LexicalWeights.PUBLISHED, LexicalWeights.forCorpus(published));
    }

    @Test
    void eachSetOfWeightsSumsToOne() {
        for (LexicalWeights w : new LexicalWeights[] {LexicalWeights.ASKED, LexicalWeights.PUBLISHED}) {
            assertEquals(1.0, w.variants() + w.whole() + w.answer() + w.bm25(), 1e-9);
        }
    }
}
