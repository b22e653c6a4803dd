package jp.kenpo.faq.matching;

import java.util.Arrays;
import java.util.List;

/**
 * Feature id → the documents (variants or items) containing it, so that a question's overlap with every document
 * is summed by walking only the question's features.
 */
final class Postings {

    private static final int[] NONE = new int[0];

    private final int[][] documentsOf;
    private final double[] weightSums;
    private final Idf idf;
    /** Per-thread accumulators, so that a large corpus does not allocate a big array per question. */
    private final ThreadLocal<double[]> scratch;

    /** @param documents each document's distinct feature ids (of one kind: terms or bigrams) */
    Postings(List<int[]> documents, Idf idf, int vocabularySize) {
        this.idf = idf;
        int[] count = new int[vocabularySize];
        documents.forEach(document -> Arrays.stream(document).forEach(feature -> count[feature]++));
        documentsOf = new int[vocabularySize][];
        for (int feature = 0; feature < vocabularySize; feature++) {
            documentsOf[feature] = count[feature] == 0 ? NONE : new int[count[feature]];
        }
        int[] filled = new int[vocabularySize];
        weightSums = new double[documents.size()];
        for (int d = 0; d < documents.size(); d++) {
            for (int feature : documents.get(d)) {
                documentsOf[feature][filled[feature]++] = d;
            }
            weightSums[d] = idf.sum(documents.get(d), 0);
        }
        int size = documents.size();
        scratch = ThreadLocal.withInitial(() -> new double[size]);
    }

    /**
     * Adds, for every document, the rarity of the question's features it shares. The array returned is this
     * thread's scratch space: valid until the next call on the same thread.
     */
    double[] shared(int[] question) {
        double[] shared = scratch.get();
        Arrays.fill(shared, 0);
        for (int feature : question) {
            double weight = idf.of(feature);
            for (int d : documentsOf[feature]) {
                shared[d] += weight;
            }
        }
        return shared;
    }

    int size() {
        return weightSums.length;
    }

    /** Sum of the rarity of a document's own features. */
    double weightSum(int document) {
        return weightSums[document];
    }
}
