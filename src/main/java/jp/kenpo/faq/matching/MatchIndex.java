package jp.kenpo.faq.matching;

import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.faq.FaqItem;
import jp.kenpo.faq.text.JapaneseAnalyzer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every item analysed once, with the corpus-wide weights of terms and bigrams. Immutable after start-up. */
public final class MatchIndex {

    private final List<IndexedItem> items;
    private final Idf termIdf;
    private final Idf gramIdf;
    private final JapaneseAnalyzer analyzer;

    public MatchIndex(FaqCorpus corpus, JapaneseAnalyzer analyzer) {
        this.analyzer = analyzer;
        List<IndexedItem> indexed = new ArrayList<>();
        for (FaqItem item : corpus.items()) {
            List<Features> variants = new ArrayList<>();
            variants.add(Features.of(analyzer.analyze(item.question())));
            corpus.alternatesOf(item.id()).forEach(alternate -> variants.add(Features.of(analyzer.analyze(alternate))));
            indexed.add(new IndexedItem(item, List.copyOf(variants), whole(item, variants)));
        }
        this.items = List.copyOf(indexed);
        this.termIdf = new Idf(items.stream().map(entry -> entry.whole().terms()).toList());
        this.gramIdf = new Idf(items.stream().map(entry -> entry.whole().grams()).toList());
    }

    private Features whole(FaqItem item, List<Features> variants) {
        Set<String> terms = new HashSet<>();
        Set<String> grams = new HashSet<>();
        variants.forEach(variant -> {
            terms.addAll(variant.terms());
            grams.addAll(variant.grams());
        });
        Features answer = Features.of(analyzer.analyze(item.category() + "\n" + item.answer()));
        terms.addAll(answer.terms());
        grams.addAll(answer.grams());
        return new Features(terms, grams);
    }

    List<IndexedItem> items() {
        return items;
    }

    Idf termIdf() {
        return termIdf;
    }

    Idf gramIdf() {
        return gramIdf;
    }

    Features analyze(String question) {
        return Features.of(analyzer.analyze(question));
    }
}
