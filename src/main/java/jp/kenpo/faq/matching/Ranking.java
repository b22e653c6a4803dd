package jp.kenpo.faq.matching;

import java.util.List;

/**
 * Every item scored for one question.
 *
 * @param items                  the best items (every item of a corpus this size), best first; the first item of
 *                               an answer group carries the group's score
 * @param outOfScopeProbability  the classifier's probability that the FAQ does not answer the question
 * @param negatedQuestion        the question denies something ("it did not come"), see {@code AnalyzedText}
 * @param focusFits              the best item is about the object the question names ({@link Focus}); when no item
 *                               is, the ranking is kept for agents but the FAQ does not answer the question
 * @param explained              how much of the question the best item's group explains ({@link Coverage})
 * @param namesDefiningWord      the question names a word that defines the best item's group ({@link DefiningTerms})
 */
public record Ranking(
        List<ScoredItem> items,
        double outOfScopeProbability,
        boolean negatedQuestion,
        boolean focusFits,
        double explained,
        boolean namesDefiningWord) {

    static final Ranking EMPTY = new Ranking(List.of(), 1.0, false, true, 0, false);

    /** What decides between an answer and none: the top score times the share of the question it explains. */
    public double confidence() {
        return items.isEmpty() ? 0 : items.get(0).score() * explained;
    }
}
