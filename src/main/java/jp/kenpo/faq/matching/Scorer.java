package jp.kenpo.faq.matching;

import java.util.Set;

/**
 * Scores one item for one question, in [0, 1].
 *
 * <p>Two views of the text, weighted by how rare each feature is across the FAQ: content-word terms (after
 * synonyms) and bigrams of the reading. For each way of asking the item (its question and 言い換え) the
 * overlap is measured both ways — how much of the question it explains (coverage) and how much of it the
 * question touches (precision) — and the best variant counts. A smaller share comes from how much of the
 * question the item's whole text, answer included, explains.
 */
final class Scorer {

    private static final double TERM_WEIGHT = Double.parseDouble(System.getProperty("tw", "0.6"));
    private static final double VARIANT_WEIGHT = Double.parseDouble(System.getProperty("vw", "0.75"));
    private static final double BETA2 = Math.pow(Double.parseDouble(System.getProperty("beta", "1")), 2);

    private final MatchIndex index;

    Scorer(MatchIndex index) {
        this.index = index;
    }

    private static final double CLASSIFIER_WEIGHT = Double.parseDouble(System.getProperty("cw", "0.5"));

    private static final String MODE = System.getProperty("mode", "plain");
    private static final double GAMMA = Double.parseDouble(System.getProperty("gamma", "1"));

    double score(Features question, IndexedItem item, double probability) {
        double cov = blend(coverage(question.terms(), item.whole().terms(), index.termIdf()),
                coverage(question.grams(), item.whole().grams(), index.gramIdf()));
        return switch (MODE) {
            case "A" -> (1 - CLASSIFIER_WEIGHT) * lexical(question, item) + CLASSIFIER_WEIGHT * probability * Math.pow(cov, GAMMA);
            case "B" -> ((1 - CLASSIFIER_WEIGHT) * lexical(question, item) + CLASSIFIER_WEIGHT * probability) * Math.pow(cov, GAMMA);
            default -> (1 - CLASSIFIER_WEIGHT) * lexical(question, item) + CLASSIFIER_WEIGHT * probability;
        };
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
        return (1 + BETA2) * coverage * precision / (BETA2 * precision + coverage);
    }

    private static double coverage(Set<String> question, Set<String> document, Idf idf) {
        double total = idf.sum(question);
        return total == 0 ? 0 : idf.sumShared(question, document) / total;
    }
}
