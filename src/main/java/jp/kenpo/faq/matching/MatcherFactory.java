package jp.kenpo.faq.matching;

import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.text.JapaneseAnalyzer;

/** Builds the analyzer, the index and the matcher for a corpus: the one expensive step, done once. */
public final class MatcherFactory {

    private MatcherFactory() {
    }

    public static Matcher create(FaqCorpus corpus, Thresholds thresholds) {
        JapaneseAnalyzer analyzer = new JapaneseAnalyzer(corpus.userDictionary(), corpus.synonymGroups());
        return new Matcher(corpus, new MatchIndex(corpus, analyzer), thresholds);
    }

}
