package jp.kenpo.faq.matching;

/**
 * A text reduced to what scoring and the classifier compare, as vocabulary ids: its distinct terms and its
 * distinct bigrams (of the reading and, as separate features, of the written text), each sorted. Features the
 * vocabulary does not know only count, so that a question about something the FAQ never mentions does not look
 * covered.
 *
 * @param terms       known term ids
 * @param unseenTerms how many distinct terms the vocabulary does not know
 * @param grams       known bigram ids
 * @param unseenGrams how many distinct bigrams the vocabulary does not know
 */
record FeatureSet(int[] terms, int unseenTerms, int[] grams, int unseenGrams) {

    boolean isEmpty() {
        return terms.length == 0 && unseenTerms == 0 && grams.length == 0 && unseenGrams == 0;
    }
}
