package jp.kenpo.faq.matching;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Inverse document frequency over FAQ items (BM25's form, always positive). A feature no item has gets the
 * highest weight: a question about something the FAQ never mentions should not look covered.
 */
final class Idf {

    private final Map<String, Double> weights = new HashMap<>();
    private final double unseen;

    Idf(Collection<Set<String>> documents) {
        Map<String, Integer> frequency = new HashMap<>();
        for (Set<String> document : documents) {
            document.forEach(feature -> frequency.merge(feature, 1, Integer::sum));
        }
        int n = documents.size();
        frequency.forEach((feature, df) -> weights.put(feature, idf(n, df)));
        this.unseen = idf(n, 0);
    }

    private static double idf(int n, int df) {
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    double of(String feature) {
        return weights.getOrDefault(feature, unseen);
    }

    boolean isKnown(String feature) {
        return weights.containsKey(feature);
    }

    double sum(Set<String> features) {
        double sum = 0;
        for (String feature : features) {
            sum += of(feature);
        }
        return sum;
    }
}
