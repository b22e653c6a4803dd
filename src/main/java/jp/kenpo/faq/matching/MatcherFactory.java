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

    /** As {@link #create}, reusing the index built early in the process when it is for this very corpus. */
    public static Matcher createAtStartUp(FaqCorpus corpus, Thresholds thresholds) {
        return EarlyIndex.claim(corpus).map(index -> new Matcher(corpus, index, thresholds))
                .orElseGet(() -> create(corpus, thresholds));
    }
}
