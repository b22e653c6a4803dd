package jp.kenpo.faq.matching;

import java.util.List;

/**
 * Okapi BM25 over two fields of each item (BM25F): the ways of asking it (question and 言い換え) and its answer.
 * Unlike the set overlaps of {@link Scorer} it counts how often a word occurs and discounts long texts, which is
 * what long administrative answers need: a word an answer repeats is what it is about, and a 1,000-character
 * answer touching a word once is not. Scores are normalised to [0, 1) by the most the question could score.
 */
final class Bm25 {

    /** Term-frequency saturation and length normalisation: the usual values, which measurement did not move. */
    static final double K1 = 1.2;

    static final double B_QUESTION = 0.5;
    static final double B_ANSWER = 0.75;
    /** A word in a way of asking says more about what the item answers than the same word in its answer. */
    static final double W_QUESTION = 2;

    static final double W_ANSWER = 1;

    private final Idf idf;
    /** term id → items having it, and its length-normalised, field-weighted frequency there. */
    private final int[][] itemsOf;

    private final float[][] weightOf;
    private final ThreadLocal<double[]> scratch;

    /**
     * @param questionTerms per item, the term ids of its question and 言い換え (with repeats)
     * @param answerTerms   per item, the term ids of its answer (with repeats)
     */
    Bm25(List<int[]> questionTerms, List<int[]> answerTerms, Idf idf, int vocabularySize) {
        this.idf = idf;
        int n = questionTerms.size();
        double averageQuestion = average(questionTerms);
        double averageAnswer = average(answerTerms);
        // per item: its distinct terms and their field-weighted, length-normalised frequencies
        int[][] termsOf = new int[n][];
        float[][] frequencyOf = new float[n][];
        int[] postings = new int[vocabularySize];
        double[] frequency = new double[vocabularySize];
        for (int d = 0; d < n; d++) {
            double question = W_QUESTION / norm(questionTerms.get(d).length, averageQuestion, B_QUESTION);
            double answer = W_ANSWER / norm(answerTerms.get(d).length, averageAnswer, B_ANSWER);
            int[] distinct = java.util.stream.IntStream.concat(
                            java.util.Arrays.stream(questionTerms.get(d)), java.util.Arrays.stream(answerTerms.get(d)))
                    .distinct()
                    .toArray();
            for (int t : questionTerms.get(d)) {
                frequency[t] += question;
            }
            for (int t : answerTerms.get(d)) {
                frequency[t] += answer;
            }
            termsOf[d] = distinct;
            frequencyOf[d] = new float[distinct.length];
            for (int k = 0; k < distinct.length; k++) {
                int t = distinct[k];
                frequencyOf[d][k] = (float) (frequency[t] / (K1 + frequency[t]));
                frequency[t] = 0;
                postings[t]++;
            }
        }
        itemsOf = new int[vocabularySize][];
        weightOf = new float[vocabularySize][];
        for (int t = 0; t < vocabularySize; t++) {
            if (postings[t] > 0) {
                itemsOf[t] = new int[postings[t]];
                weightOf[t] = new float[postings[t]];
                postings[t] = 0;
            }
        }
        for (int d = 0; d < n; d++) {
            for (int k = 0; k < termsOf[d].length; k++) {
                int t = termsOf[d][k];
                itemsOf[t][postings[t]] = d;
                weightOf[t][postings[t]++] = frequencyOf[d][k];
            }
        }
        scratch = ThreadLocal.withInitial(() -> new double[n]);
    }

    private static double average(List<int[]> texts) {
        return Math.max(1, texts.stream().mapToInt(t -> t.length).average().orElse(1));
    }

    private static double norm(int length, double average, double b) {
        return 1 - b + b * length / average;
    }

    /** Every item's score for the question's distinct terms, in [0, 1); this thread's scratch array. */
    double[] scores(FeatureSet question) {
        double[] scores = scratch.get();
        java.util.Arrays.fill(scores, 0);
        double most = idf.sum(question.terms(), question.unseenTerms());
        if (most == 0) {
            return scores;
        }
        for (int term : question.terms()) {
            int[] items = itemsOf[term];
            if (items == null) {
                continue;
            }
            double weight = idf.of(term) / most;
            float[] saturated = weightOf[term];
            for (int k = 0; k < items.length; k++) {
                scores[items[k]] += weight * saturated[k];
            }
        }
        return scores;
    }
}
