package jp.kenpo.faq.matching;

import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.text.FaqAnalyzer;

/** Builds the analyzer, the index, the classifier and the matcher for a corpus: the one expensive step, done once. */
public final class MatcherFactory {

    private MatcherFactory() {}

    public static Matcher create(FaqCorpus corpus, Thresholds thresholds) {
        FaqAnalyzer analyzer = new FaqAnalyzer(corpus.userDictionary(), corpus.synonymGroups());
        IndexedCorpus index = IndexedCorpus.of(corpus, analyzer);
        return new Matcher(corpus, analyzer, index, ItemClassifier.train(index).orElse(null), thresholds);
    }
}
