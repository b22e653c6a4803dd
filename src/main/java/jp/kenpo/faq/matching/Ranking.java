package jp.kenpo.faq.matching;

import java.util.List;

/**
 * Every item scored for one question.
 *
 * @param items                  all items, best first; the first item of an answer group carries the group's score
 * @param outOfScopeProbability  the classifier's probability that the FAQ does not answer the question
 */
public record Ranking(List<ScoredItem> items, double outOfScopeProbability) {

    static final Ranking EMPTY = new Ranking(List.of(), 1.0);
}
