package jp.kenpo.faq.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multinomial logistic regression over sparse features, trained once at start-up on the corpus's own ways
 * of asking each item. It learns which words tell neighbouring items apart (宛所不明 → 6-4 rather than 6-5),
 * which plain overlap cannot. Deterministic: fixed order, fixed epochs, no randomness.
 */
final class SoftmaxClassifier {

    /** One training text: its features and the class (item index) it belongs to. */
    record Example(Map<String, Double> features, int label, double weight) {
    }

    private final int classes;
    private final Map<String, double[]> weights = new HashMap<>();
    private final double[] bias;

    SoftmaxClassifier(int classes, List<Example> examples, int epochs, double learningRate, double l2) {
        this.classes = classes;
        this.bias = new double[classes];
        Map<String, double[]> squaredGradients = new HashMap<>();
        double[] biasSquared = new double[classes];
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (Example example : examples) {
                double[] p = probabilities(example.features());
                for (int c = 0; c < classes; c++) {
                    double gradient = (p[c] - (c == example.label() ? 1 : 0)) * example.weight();
                    biasSquared[c] += gradient * gradient;
                    bias[c] -= learningRate * gradient / Math.sqrt(biasSquared[c] + 1e-8);
                    for (Map.Entry<String, Double> feature : example.features().entrySet()) {
                        double[] w = weights.computeIfAbsent(feature.getKey(), k -> new double[classes]);
                        double[] g2 = squaredGradients.computeIfAbsent(feature.getKey(), k -> new double[classes]);
                        double g = gradient * feature.getValue() + l2 * w[c];
                        g2[c] += g * g;
                        w[c] -= learningRate * g / Math.sqrt(g2[c] + 1e-8);
                    }
                }
            }
        }
    }

    double[] probabilities(Map<String, Double> features) {
        double[] z = bias.clone();
        for (Map.Entry<String, Double> feature : features.entrySet()) {
            double[] w = weights.get(feature.getKey());
            if (w != null) {
                for (int c = 0; c < classes; c++) {
                    z[c] += w[c] * feature.getValue();
                }
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            z[c] = Math.exp(z[c] - max);
            sum += z[c];
        }
        for (int c = 0; c < classes; c++) {
            z[c] /= sum;
        }
        return z;
    }

    /** Unit-length feature vector: terms and reading bigrams, each weighted by rarity. */
    static Map<String, Double> vector(Features text, Idf termIdf, Idf gramIdf, double termShare) {
        Map<String, Double> vector = new HashMap<>();
        addBlock(vector, "t:", text.terms(), termIdf, Math.sqrt(termShare));
        addBlock(vector, "g:", text.grams(), gramIdf, Math.sqrt(1 - termShare));
        return vector;
    }

    private static void addBlock(Map<String, Double> vector, String prefix, java.util.Set<String> features, Idf idf,
                                 double scale) {
        List<String> known = new ArrayList<>();
        double norm = 0;
        for (String feature : features) {
            if (idf.isKnown(feature)) {
                known.add(feature);
                norm += idf.of(feature) * idf.of(feature);
            }
        }
        norm = Math.sqrt(norm);
        for (String feature : known) {
            vector.put(prefix + feature, scale * idf.of(feature) / norm);
        }
    }
}
