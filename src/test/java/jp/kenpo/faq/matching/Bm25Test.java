package jp.kenpo.faq.matching;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** BM25F over ways of asking and answers: what long administrative answers need from a score. */
class Bm25Test {

    private static final int VOCABULARY = 10;
    private static final int WORD = 0;

    @Test
    void aLongAnswerTouchingAWordOnceCountsLessThanAShortOne() {
        double[] scores = score(
                List.of(new int[] {9}, new int[] {9}),
                List.of(new int[] {WORD, 1}, new int[] {WORD, 1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8}));
        assertTrue(scores[0] > scores[1], scores[0] + " vs " + scores[1]);
    }

    @Test
    void aWordAnAnswerRepeatsCountsMore() {
        double[] scores = score(
                List.of(new int[] {9}, new int[] {9}),
                List.of(new int[] {WORD, WORD, WORD, 1}, new int[] {WORD, 1, 2, 3}));
        assertTrue(scores[0] > scores[1], scores[0] + " vs " + scores[1]);
    }

    @Test
    void aWordInTheQuestionCountsMoreThanInTheAnswer() {
        double[] scores =
                score(List.of(new int[] {WORD, 1}, new int[] {2, 1}), List.of(new int[] {3, 4}, new int[] {WORD, 4}));
        assertTrue(scores[0] > scores[1], scores[0] + " vs " + scores[1]);
    }

    @Test
    void scoresStayBelowOneHoweverOftenAWordOccurs() {
        int[] many = new int[200];
        double[] scores = score(List.of(many, new int[] {1}), List.of(many, new int[] {1}));
        assertTrue(scores[0] > 0 && scores[0] < 1, String.valueOf(scores[0]));
    }

    /** The scores of a question asking only {@link #WORD}. */
    private static double[] score(List<int[]> asked, List<int[]> answers) {
        List<int[]> documents = java.util.stream.IntStream.range(0, asked.size())
                .mapToObj(d -> java.util.stream.IntStream.concat(
                                java.util.Arrays.stream(asked.get(d)), java.util.Arrays.stream(answers.get(d)))
                        .distinct()
                        .toArray())
                .toList();
        Idf idf = new Idf(documents, VOCABULARY);
        Bm25 bm25 = new Bm25(asked, answers, idf, VOCABULARY);
        return bm25.scores(new FeatureSet(new int[] {WORD}, 0, new int[0], 0)).clone();
    }
}
