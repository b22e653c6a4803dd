package jp.kenpo.faq.matching;

import java.util.List;

/**
 * Inverse document frequency over FAQ items (BM25's form, always positive), by vocabulary id. A feature no item
 * has gets the highest weight: a question about something the FAQ never mentions should not look covered.
 */
final class Idf {

    private final double[] weights;
    private final double unseen;

    /** @param documents each document's distinct feature ids */
    Idf(List<int[]> documents, int vocabularySize) {
        int[] frequency = new int[vocabularySize];
        for (int[] document : documents) {
            for (int feature : document) {
                frequency[feature]++;
            }
        }
        int n = documents.size();
        weights = new double[vocabularySize];
        for (int feature = 0; feature < vocabularySize; feature++) {
            weights[feature] = idf(n, frequency[feature]);
        }
        unseen = idf(n, 0);
    }

    private static double idf(int n, int df) {
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    double of(int feature) {
        return weights[feature];
    }

    /** The weight of some known features and of so many unseen ones. */
    double sum(int[] features, int unseenCount) {
        double sum = unseenCount * unseen;
        for (int feature : features) {
            sum += weights[feature];
        }
        return sum;
    }
}
