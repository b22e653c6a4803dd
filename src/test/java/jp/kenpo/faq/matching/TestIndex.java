package jp.kenpo.faq.matching;

import jp.kenpo.faq.TestCorpus;
import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.faq.FaqId;
import jp.kenpo.faq.text.FaqAnalyzer;

/** The real corpus indexed once, for tests of the matcher's parts. */
final class TestIndex {

    static final FaqCorpus CORPUS = TestCorpus.corpus();
    static final FaqAnalyzer ANALYZER = new FaqAnalyzer(CORPUS.userDictionary(), CORPUS.synonymGroups());
    static final IndexedCorpus INDEX = IndexedCorpus.of(CORPUS, ANALYZER);
    static final AnswerGroups GROUPS = new AnswerGroups(CORPUS, INDEX.items());

    private TestIndex() {}

    /** The answer group number of an item. */
    static int groupOf(String id) {
        for (int i = 0; i < INDEX.items().size(); i++) {
            if (INDEX.items().get(i).item().id().equals(FaqId.parse(id))) {
                return GROUPS.of(i);
            }
        }
        throw new IllegalArgumentException("no item " + id);
    }
}
