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
record IndexedCorpus(List<IndexedItem> items, List<FeatureSet> outOfScope, Vocabulary vocabulary, Idf idf, Bm25 bm25) {

    static IndexedCorpus of(FaqCorpus corpus, FaqAnalyzer analyzer) {
        Vocabulary vocabulary = new Vocabulary();
        List<IndexedItem> items = new ArrayList<>();
        // the words of each field with their repeats, for BM25
        List<int[]> askedWords = new ArrayList<>();
        List<int[]> answerWords = new ArrayList<>();
        // no classifier reads the answers' bigrams above its size; on a large FAQ they are megabytes of a small heap
        boolean answerGrams = corpus.items().size() <= ItemClassifier.MAX_ITEMS;
        for (FaqItem item : corpus.items()) {
            List<FeatureSet> variants = new ArrayList<>();
            AnalyzedText question = analyzer.analyze(item.question());
            variants.add(vocabulary.add(question));
            IntStream asked = ids(question, vocabulary);
            for (String alternate : corpus.alternatesOf(item.id())) {
                AnalyzedText text = analyzer.analyze(alternate);
                variants.add(vocabulary.add(text));
                asked = IntStream.concat(asked, ids(text, vocabulary));
            }
            AnalyzedText answerText = analyzer.analyze(item.category() + "\n" + item.answer());
            FeatureSet answer = vocabulary.add(answerText);
            askedWords.add(asked.toArray());
            answerWords.add(ids(answerText, vocabulary).toArray());
            items.add(new IndexedItem(
                    item,
                    List.copyOf(variants),
                    whole(answer, variants),
                    answerGrams ? answer : new FeatureSet(answer.terms(), 0, new int[0], 0),
                    question.negated()));
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
        Bm25 bm25 = new Bm25(askedWords, answerWords, idf, vocabulary.size());
        return new IndexedCorpus(List.copyOf(items), outOfScope, vocabulary, idf, bm25);
    }

    /** A text's term ids with their repeats; every term of a corpus text has an id once it is added. */
    private static IntStream ids(AnalyzedText text, Vocabulary vocabulary) {
        return text.terms().stream().mapToInt(vocabulary::termId);
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
