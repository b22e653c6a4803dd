package jp.kenpo.faq.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Feature → the documents (variants or items) containing it, each with its rarity, so that a question's
 * overlap with every document is summed by walking only the question's features.
 */
final class Postings {

    private final Map<String, int[]> documentsOf = new HashMap<>();
    private final double[] weightSums;

    Postings(List<Set<String>> documents, Idf idf) {
        Map<String, List<Integer>> lists = new HashMap<>();
        weightSums = new double[documents.size()];
        for (int d = 0; d < documents.size(); d++) {
            for (String feature : documents.get(d)) {
                lists.computeIfAbsent(feature, f -> new ArrayList<>()).add(d);
            }
            weightSums[d] = idf.sum(documents.get(d));
        }
        lists.forEach((feature, ids) -> documentsOf.put(feature, ids.stream().mapToInt(Integer::intValue).toArray()));
        int size = documents.size();
        scratch = ThreadLocal.withInitial(() -> new double[size]);
    }

    /** Per-thread accumulators, so that a large corpus does not allocate a big array per question. */
    private final ThreadLocal<double[]> scratch;

    /**
     * Adds, for every document, the rarity of the question's features it shares. The array returned is this
     * thread's scratch space: valid until the next call on the same thread.
     */
    double[] shared(Set<String> question, Idf idf) {
        double[] shared = scratch.get();
        java.util.Arrays.fill(shared, 0);
        for (String feature : question) {
            int[] documents = documentsOf.get(feature);
            if (documents != null) {
                double weight = idf.of(feature);
                for (int d : documents) {
                    shared[d] += weight;
                }
            }
        }
        return shared;
    }

    /** Sum of the rarity of a document's own features. */
    double weightSum(int document) {
        return weightSums[document];
    }
}
