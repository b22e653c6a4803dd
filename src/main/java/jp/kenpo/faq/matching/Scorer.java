package jp.kenpo.faq.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * The lexical half of an item's score for a question, in [0, 1], and its blend with the classifier's.
 *
 * <p>Two views of the text, weighted by how rare each feature is across the FAQ: content-word terms (after
 * synonyms) and bigrams. For each way of asking an item (its question and 言い換え) the overlap is measured both
 * ways — how much of the question it explains (coverage) and how much of it the question touches (precision) —
 * and the best variant counts. A smaller share comes from how much of the question the item's whole text,
 * answer included, explains. Overlaps are summed over posting lists, built once.
 */
final class Scorer {

    private static final double TERM_WEIGHT = 0.6;
    /** Share of the classifier's probability in the final score (the rest is lexical similarity). */
    private static final double CLASSIFIER_WEIGHT = 0.7;

    private final Idf idf;
    private final int[] itemOfVariant;
    private final Postings variantTerms;
    private final Postings variantGrams;
    private final Postings itemTerms;
    private final Postings itemGrams;
    private final Postings answerTerms;
    private final double[] answerLengthFactor;
    private final Bm25 bm25;
    private final LexicalWeights weights;
    private final int items;

    Scorer(IndexedCorpus corpus, LexicalWeights weights) {
        this.weights = weights;
        this.items = corpus.items().size();
        this.idf = corpus.idf();
        int size = corpus.vocabulary().size();
        List<Integer> owners = new ArrayList<>();
        List<int[]> terms = new ArrayList<>();
        List<int[]> grams = new ArrayList<>();
        for (int i = 0; i < corpus.items().size(); i++) {
            for (FeatureSet variant : corpus.items().get(i).variants()) {
                owners.add(i);
                terms.add(variant.terms());
                grams.add(variant.grams());
            }
        }
        this.itemOfVariant = owners.stream().mapToInt(Integer::intValue).toArray();
        this.variantTerms = new Postings(terms, idf, size);
        this.variantGrams = new Postings(grams, idf, size);
        // a part weighed 0 gets no postings: on a large FAQ each set is megabytes of a small heap
        this.itemTerms = weights.whole() == 0
                ? null
                : new Postings(
                        corpus.items().stream()
                                .map(item -> item.whole().terms())
                                .toList(),
                        idf,
                        size);
        this.itemGrams = weights.whole() == 0
                ? null
                : new Postings(
                        corpus.items().stream()
                                .map(item -> item.whole().grams())
                                .toList(),
                        idf,
                        size);
        this.bm25 = corpus.bm25();
        this.answerTerms = weights.answer() == 0
                ? null
                : new Postings(
                        corpus.items().stream()
                                .map(item -> item.answer().terms())
                                .toList(),
                        idf,
                        size);
        int n = corpus.items().size();
        double average = corpus.items().stream()
                .mapToInt(item -> item.answer().terms().length)
                .average()
                .orElse(1);
        this.answerLengthFactor = new double[n];
        for (int i = 0; i < n; i++) {
            double norm = 1
                    - Bm25.B_ANSWER
                    + Bm25.B_ANSWER * corpus.items().get(i).answer().terms().length / Math.max(1, average);
            answerLengthFactor[i] = (Bm25.K1 + 1) / (1 + Bm25.K1 * norm);
        }
    }

    double combine(double lexical, double probability) {
        return (1 - CLASSIFIER_WEIGHT) * lexical + CLASSIFIER_WEIGHT * probability;
    }

    /** The lexical score of every item, in index order. */
    double[] lexical(FeatureSet question) {
        double termTotal = idf.sum(question.terms(), question.unseenTerms());
        double gramTotal = idf.sum(question.grams(), question.unseenGrams());
        double[] sharedTerms = variantTerms.shared(question.terms());
        double[] sharedGrams = variantGrams.shared(question.grams());
        int items = this.items;
        double[] bestVariant = new double[items];
        for (int v = 0; v < itemOfVariant.length; v++) {
            if (sharedTerms[v] == 0 && sharedGrams[v] == 0) {
                continue; // most variants share nothing with a question; their similarity is 0 either way
            }
            double similarity = blend(
                    similarity(sharedTerms[v], termTotal, variantTerms.weightSum(v)),
                    similarity(sharedGrams[v], gramTotal, variantGrams.weightSum(v)));
            bestVariant[itemOfVariant[v]] = Math.max(bestVariant[itemOfVariant[v]], similarity);
        }
        double[] lexical = bestVariant;
        for (int i = 0; i < items; i++) {
            lexical[i] = weights.variants() * bestVariant[i];
        }
        if (weights.whole() > 0) {
            double[] terms = itemTerms.shared(question.terms());
            double[] grams = itemGrams.shared(question.grams());
            for (int i = 0; i < items; i++) {
                lexical[i] += weights.whole() * blend(coverage(terms[i], termTotal), coverage(grams[i], gramTotal));
            }
        }
        if (weights.bm25() > 0) {
            double[] fields = bm25.scores(question);
            for (int i = 0; i < items; i++) {
                lexical[i] += weights.bm25() * fields[i];
            }
        }
        if (weights.answer() > 0) {
            double[] terms = answerTerms.shared(question.terms());
            for (int i = 0; i < items; i++) {
                double answer = coverage(terms[i], termTotal);
                lexical[i] += weights.answer() * answerLengthFactor[i] * answer;
            }
        }
        return lexical;
    }

    private static double blend(double terms, double grams) {
        return TERM_WEIGHT * terms + (1 - TERM_WEIGHT) * grams;
    }

    /** Harmonic mean of coverage and precision (F1), each weighted by rarity. */
    private static double similarity(double shared, double questionTotal, double variantTotal) {
        if (shared == 0) {
            return 0;
        }
        double coverage = shared / questionTotal;
        double precision = shared / variantTotal;
        return 2 * coverage * precision / (coverage + precision);
    }

    private static double coverage(double shared, double questionTotal) {
        return questionTotal == 0 ? 0 : shared / questionTotal;
    }
}
