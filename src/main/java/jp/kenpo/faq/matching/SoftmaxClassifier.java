package jp.kenpo.faq.matching;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Multinomial logistic regression over sparse features, trained once at start-up (AdaGrad) on the corpus's
 * own ways of asking each item — or loaded when the build already trained it on the same examples. It learns
 * which words tell neighbouring items apart (宛所不明 → 6-4 rather than 6-5), which plain overlap cannot.
 * Deterministic: fixed order, fixed epochs, no randomness.
 */
final class SoftmaxClassifier {

    /** One training text: its features and the class (item index) it belongs to. */
    record Example(Map<String, Double> features, int label, double weight) {
    }

    /** A feature vector with features numbered; unknown features are dropped. */
    private record Sparse(int[] index, double[] value) {
    }

    private final int classes;
    private final Map<String, Integer> featureIndex = new HashMap<>();
    private final double[][] weights;
    private final double[] bias;

    private SoftmaxClassifier(int classes, Map<String, Integer> featureIndex, double[][] weights, double[] bias) {
        this.classes = classes;
        this.featureIndex.putAll(featureIndex);
        this.weights = weights;
        this.bias = bias;
    }

    /** Trains on the examples (AdaGrad, a fixed number of epochs in a fixed order). */
    static SoftmaxClassifier train(int classes, List<Example> examples, int epochs, double learningRate, double l2) {
        Map<String, Integer> index = new HashMap<>();
        examples.forEach(example -> example.features().keySet().forEach(f -> index.putIfAbsent(f, index.size())));
        SoftmaxClassifier model = new SoftmaxClassifier(classes, index, new double[index.size()][classes], new double[classes]);
        model.fit(examples, epochs, learningRate, l2);
        return model;
    }

    private void fit(List<Example> examples, int epochs, double learningRate, double l2) {
        List<Sparse> vectors = new ArrayList<>(examples.size());
        examples.forEach(example -> vectors.add(sparse(example.features())));
        double[][] squared = new double[featureIndex.size()][classes];
        double[] biasSquared = new double[classes];
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int e = 0; e < examples.size(); e++) {
                Sparse x = vectors.get(e);
                double[] p = probabilities(x);
                for (int c = 0; c < classes; c++) {
                    double gradient = (p[c] - (c == examples.get(e).label() ? 1 : 0)) * examples.get(e).weight();
                    biasSquared[c] += gradient * gradient;
                    bias[c] -= learningRate * gradient / Math.sqrt(biasSquared[c] + 1e-8);
                    for (int k = 0; k < x.index().length; k++) {
                        int f = x.index()[k];
                        double g = gradient * x.value()[k] + l2 * weights[f][c];
                        squared[f][c] += g * g;
                        weights[f][c] -= learningRate * g / Math.sqrt(squared[f][c] + 1e-8);
                    }
                }
            }
        }
    }

    /** Writes the trained model (features, weights, bias). */
    void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(classes);
        out.writeInt(featureIndex.size());
        String[] features = new String[featureIndex.size()];
        featureIndex.forEach((feature, i) -> features[i] = feature);
        for (int f = 0; f < features.length; f++) {
            out.writeUTF(features[f]);
            for (int c = 0; c < classes; c++) {
                out.writeDouble(weights[f][c]);
            }
        }
        for (int c = 0; c < classes; c++) {
            out.writeDouble(bias[c]);
        }
    }

    static SoftmaxClassifier readFrom(DataInputStream in) throws IOException {
        int classes = in.readInt();
        int size = in.readInt();
        Map<String, Integer> index = new HashMap<>(size * 2);
        double[][] weights = new double[size][classes];
        for (int f = 0; f < size; f++) {
            index.put(in.readUTF(), f);
            for (int c = 0; c < classes; c++) {
                weights[f][c] = in.readDouble();
            }
        }
        double[] bias = new double[classes];
        for (int c = 0; c < classes; c++) {
            bias[c] = in.readDouble();
        }
        return new SoftmaxClassifier(classes, index, weights, bias);
    }

    double[] probabilities(Map<String, Double> features) {
        return probabilities(sparse(features));
    }

    private Sparse sparse(Map<String, Double> features) {
        int[] index = new int[features.size()];
        double[] value = new double[features.size()];
        int n = 0;
        for (Map.Entry<String, Double> feature : features.entrySet()) {
            Integer i = featureIndex.get(feature.getKey());
            if (i != null) {
                index[n] = i;
                value[n++] = feature.getValue();
            }
        }
        return new Sparse(java.util.Arrays.copyOf(index, n), java.util.Arrays.copyOf(value, n));
    }

    private double[] probabilities(Sparse x) {
        double[] z = bias.clone();
        for (int k = 0; k < x.index().length; k++) {
            double[] w = weights[x.index()[k]];
            double v = x.value()[k];
            for (int c = 0; c < classes; c++) {
                z[c] += w[c] * v;
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

    /** Unit-length feature vector: terms and bigrams, each block weighted by rarity and by its share. */
    static Map<String, Double> vector(Features text, Idf termIdf, Idf gramIdf, double termShare) {
        Map<String, Double> vector = new HashMap<>();
        addBlock(vector, "t:", text.terms(), termIdf, Math.sqrt(termShare));
        addBlock(vector, "g:", text.grams(), gramIdf, Math.sqrt(1 - termShare));
        return vector;
    }

    private static void addBlock(Map<String, Double> vector, String prefix, Set<String> features, Idf idf, double scale) {
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
