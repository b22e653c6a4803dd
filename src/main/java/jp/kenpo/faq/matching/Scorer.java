package jp.kenpo.faq.matching;

import java.util.Set;

/**
 * The lexical half of an item's score for a question, in [0, 1], and its blend with the classifier's.
 *
 * <p>Two views of the text, weighted by how rare each feature is across the FAQ: content-word terms (after
 * synonyms) and bigrams of the reading. For each way of asking the item (its question and 言い換え) the
 * overlap is measured both ways — how much of the question it explains (coverage) and how much of it the
 * question touches (precision) — and the best variant counts. A smaller share comes from how much of the
 * question the item's whole text, answer included, explains.
 */
final class Scorer {

    private static final double TERM_WEIGHT = 0.6;
    private static final double VARIANT_WEIGHT = 0.75;
    /** Share of the classifier's probability in the final score (the rest is lexical similarity). */
    private static final double CLASSIFIER_WEIGHT = 0.7;

    private final MatchIndex index;

    Scorer(MatchIndex index) {
        this.index = index;
    }

    double combine(double lexical, double probability) {
        return (1 - CLASSIFIER_WEIGHT) * lexical + CLASSIFIER_WEIGHT * probability;
    }

    double lexical(Features question, IndexedItem item) {
        double bestVariant = 0;
        for (Features variant : item.variants()) {
            bestVariant = Math.max(bestVariant, blend(
                    similarity(question.terms(), variant.terms(), index.termIdf()),
                    similarity(question.grams(), variant.grams(), index.gramIdf())));
        }
        double whole = blend(
                coverage(question.terms(), item.whole().terms(), index.termIdf()),
                coverage(question.grams(), item.whole().grams(), index.gramIdf()));
        return VARIANT_WEIGHT * bestVariant + (1 - VARIANT_WEIGHT) * whole;
    }

    private static double blend(double terms, double grams) {
        return TERM_WEIGHT * terms + (1 - TERM_WEIGHT) * grams;
    }

    /** Harmonic mean of coverage and precision (F1), each weighted by rarity. */
    private static double similarity(Set<String> question, Set<String> variant, Idf idf) {
        double shared = idf.sumShared(question, variant);
        if (shared == 0) {
            return 0;
        }
        double coverage = shared / idf.sum(question);
        double precision = shared / idf.sum(variant);
        return 2 * coverage * precision / (coverage + precision);
    }

    private static double coverage(Set<String> question, Set<String> document, Idf idf) {
        double total = idf.sum(question);
        return total == 0 ? 0 : idf.sumShared(question, document) / total;
    }
}
