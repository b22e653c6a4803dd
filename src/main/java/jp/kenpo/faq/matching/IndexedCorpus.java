package jp.kenpo.faq.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import jp.kenpo.faq.faq.FaqCorpus;
import jp.kenpo.faq.faq.FaqItem;
import jp.kenpo.faq.text.AnalyzedText;
import jp.kenpo.faq.text.FaqAnalyzer;

/**
 * Every text of the corpus analysed once into features numbered by the {@link Vocabulary}, with the corpus-wide
 * rarity of each. Immutable after start-up.
 *
 * @param items      the items in corpus order
 * @param outOfScope the questions the FAQ does not answer (their features unknown to the items only count)
 */
record IndexedCorpus(List<IndexedItem> items, List<FeatureSet> outOfScope, Vocabulary vocabulary, Idf idf) {

    static IndexedCorpus of(FaqCorpus corpus, FaqAnalyzer analyzer) {
        Vocabulary vocabulary = new Vocabulary();
        List<IndexedItem> items = new ArrayList<>();
        for (FaqItem item : corpus.items()) {
            List<FeatureSet> variants = new ArrayList<>();
            AnalyzedText question = analyzer.analyze(item.question());
            variants.add(vocabulary.add(question));
            corpus.alternatesOf(item.id())
                    .forEach(alternate -> variants.add(vocabulary.add(analyzer.analyze(alternate))));
            FeatureSet answer = vocabulary.add(analyzer.analyze(item.category() + "\n" + item.answer()));
            items.add(
                    new IndexedItem(item, List.copyOf(variants), whole(answer, variants), answer, question.negated()));
        }
        // analysed after the items: their features must stay unknown, as a question's would
        List<FeatureSet> outOfScope = corpus.outOfScope().stream()
                .map(q -> vocabulary.lookup(analyzer.analyze(q)))
                .toList();
        Idf idf = new Idf(
                items.stream()
                        .map(item -> union(item.whole().terms(), item.whole().grams()))
                        .toList(),
                vocabulary.size());
        return new IndexedCorpus(List.copyOf(items), outOfScope, vocabulary, idf);
    }

    private static FeatureSet whole(FeatureSet answer, List<FeatureSet> variants) {
        int[] terms = answer.terms();
        int[] grams = answer.grams();
        for (FeatureSet variant : variants) {
            terms = union(terms, variant.terms());
            grams = union(grams, variant.grams());
        }
        return new FeatureSet(terms, 0, grams, 0);
    }

    private static int[] union(int[] a, int[] b) {
        return IntStream.concat(Arrays.stream(a), Arrays.stream(b))
                .distinct()
                .sorted()
                .toArray();
    }
}
