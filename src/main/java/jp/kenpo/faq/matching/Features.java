package jp.kenpo.faq.matching;

import jp.kenpo.faq.text.AnalyzedText;

import java.util.HashSet;
import java.util.Set;

/** A text reduced to what the scorer compares: its term set and its reading bigrams. */
record Features(Set<String> terms, Set<String> grams) {

    static Features of(AnalyzedText text) {
        return new Features(new HashSet<>(text.terms()), Grams.of(text.reading()));
    }

    boolean isEmpty() {
        return terms.isEmpty() && grams.isEmpty();
    }
}
