package jp.kenpo.faq.matching;

import jp.kenpo.faq.text.AnalyzedText;

import java.util.HashSet;
import java.util.Set;

/** A text reduced to what the scorer compares: its term set and its bigrams (of the reading and of the text). */
record Features(Set<String> terms, Set<String> grams) {

    static Features of(AnalyzedText text) {
        Set<String> grams = Grams.of(text.reading());
        // kanji bigrams of the written text too: readings blur meaning (保険証 and 保証 share ほしょ)
        Grams.of(text.surface()).forEach(gram -> grams.add("字" + gram));
        return new Features(new HashSet<>(text.terms()), grams);
    }

    boolean isEmpty() {
        return terms.isEmpty() && grams.isEmpty();
    }
}
